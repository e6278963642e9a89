import EngineAPI
import Testing
@testable import DashCore

@Suite struct LogBufferTests {
    func lines(_ range: ClosedRange<Int>) -> [LogLine] { range.map { LogLine(stream: .stdout, text: "\($0)") } }

    @Test func ringKeepsTheNewestWithStableSequenceNumbers() {
        var buffer = LogBuffer(capacity: 3)
        buffer.append(contentsOf: lines(1...7))
        #expect(buffer.count == 3 && buffer.dropped == 4 && buffer.totalAppended == 7)
        #expect(buffer.lines(0..<3).map(\.text) == ["5", "6", "7"])
        #expect(buffer.firstSeq == 4 && buffer.endSeq == 7)
        #expect(buffer[seq: 4]?.text == "5" && buffer[seq: 6]?.text == "7")
        #expect(buffer[seq: 3] == nil && buffer[seq: 7] == nil)
        // Wrapping many times over keeps order.
        buffer.append(contentsOf: lines(8...1000))
        #expect(buffer.lines(0..<3).map(\.text) == ["998", "999", "1000"])
    }

    @Test func byteBudgetDropsTheOldestWhateverTheLineCount() {
        let big = String(repeating: "x", count: 1000)
        var buffer = LogBuffer(capacity: 1000, byteCapacity: 5000)
        for n in 0..<20 { buffer.append(LogLine(stream: .stdout, text: "\(n)" + big)) }
        #expect(buffer.bytes <= 5000)
        #expect(buffer.count == 4)
        #expect(buffer[buffer.count - 1].text.hasPrefix("19"))
        // A single line over the budget is still kept (alone): the newest line is never lost.
        buffer.append(LogLine(stream: .stdout, text: String(repeating: "y", count: 10_000)))
        #expect(buffer.count == 1 && buffer[0].text.count == 10_000)
        buffer.append(contentsOf: lines(1...3))
        #expect(buffer.lines(0..<buffer.count).map(\.text) == ["1", "2", "3"])
        #expect(buffer.firstSeq == buffer.endSeq - 3)
    }

    @Test func evictionByBytesBeforeTheRingIsFullKeepsOrder() {
        var buffer = LogBuffer(capacity: 5, byteCapacity: 3 * LogLine(stream: .stdout, text: "1").byteCost)
        buffer.append(contentsOf: lines(1...4))
        #expect(buffer.lines(0..<buffer.count).map(\.text) == ["2", "3", "4"])
        buffer.append(contentsOf: lines(5...9))
        #expect(buffer.lines(0..<buffer.count).map(\.text) == ["7", "8", "9"])
        buffer.removeAll()
        #expect(buffer.isEmpty && buffer.bytes == 0 && buffer.totalAppended == 9)
        buffer.append(contentsOf: lines(10...11))
        #expect(buffer.lines(0..<2).map(\.text) == ["10", "11"] && buffer.firstSeq == 9)
    }
}
