import EngineAPI
import Testing
@testable import DashCore

@Suite struct LogMatchIndexTests {
    func lines(_ range: ClosedRange<Int>) -> [LogLine] { range.map { LogLine(stream: .stdout, text: "\($0)") } }

    @Test func matchIndexFollowsNewLinesAndScansOldOnesInSteps() {
        var buffer = LogBuffer(capacity: 10_000)
        buffer.append(contentsOf: lines(0...4999))
        var index = LogMatchIndex(unscannedEnd: buffer.endSeq)
        let even: (LogLine) -> Bool = { (Int($0.text) ?? 1) % 2 == 0 }
        var steps = 0
        while !index.scanStep(buffer, even) { steps += 1 }
        #expect(steps == 2)  // 5000 lines at 2000 a step
        #expect(index.seqs.count == 2500 && index.seqs == index.seqs.sorted())
        #expect(index.contains(4998) && !index.contains(4999))
        #expect(index.lowerBound(4999) == 2500)
        index.prune(below: 100)
        #expect(index.seqs.first == 100)
    }
}
