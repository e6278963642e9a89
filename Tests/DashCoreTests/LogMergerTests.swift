import EngineAPI
import Testing
@testable import DashCore

@Suite struct LogMergerTests {
    func line(_ text: String, at time: Int64, source: Int) -> LogLine {
        LogLine(stream: .stdout, text: text, timestamp: time, source: source)
    }

    @Test func historyFromSeveralStreamsComesOutInTimeOrder() {
        var merger = LogMerger(sources: 2, start: 0)
        merger.add([line("a1", at: 10, source: 0), line("a2", at: 30, source: 0)], from: 0, at: 0.01)
        // Stream 1 has said nothing yet: everything waits for it.
        #expect(merger.release(at: 0.02).isEmpty)
        merger.add([line("b1", at: 20, source: 1), line("b2", at: 40, source: 1)], from: 1, at: 0.03)
        // Both talking: lines up to the older stream's newest (30) can go.
        #expect(merger.release(at: 0.04).map(\.text) == ["a1", "b1", "a2"])
        // Stream 0 goes quiet: it no longer holds anything back.
        #expect(merger.release(at: 0.5).map(\.text) == ["b2"])
    }

    @Test func aSilentStreamHoldsLinesBackOnlyForAWhile() {
        var merger = LogMerger(sources: 3, start: 0, quiet: 0.3)
        merger.add([line("a", at: 5, source: 0)], from: 0, at: 0.1)
        #expect(merger.release(at: 0.2).isEmpty)  // streams 1 and 2 may still send older lines
        #expect(merger.release(at: 0.31).map(\.text) == ["a"])  // they have been silent too long to wait for
    }

    @Test func endedStreamsReleaseAndEqualTimesKeepArrivalOrder() {
        var merger = LogMerger(sources: 2, start: 0)
        merger.add([line("x", at: 7, source: 0), line("y", at: 7, source: 0), line("z", at: 3, source: 0)], from: 0, at: 0)
        merger.end(1)
        #expect(merger.release(at: 0.01).map(\.text) == ["z", "x", "y"])
        merger.end(0)
        #expect(merger.allEnded)
    }

    @Test func heldLinesAreBounded() {
        var merger = LogMerger(sources: 2, start: 0, maxPending: 100)
        merger.add((0..<250).map { line("\($0)", at: Int64($0), source: 0) }, from: 0, at: 0)
        let out = merger.release(at: 0.01)
        #expect(out.count == 150 && out.first?.text == "0")
        #expect(merger.pendingCount == 100)
        #expect(merger.releaseAll().count == 100)
    }

    @Test func linesWithoutTimeFollowTheirStream() {
        var merger = LogMerger(sources: 1, start: 0)
        merger.add([line("t", at: 50, source: 0), LogLine(stream: .stdout, text: "untimed")], from: 0, at: 0)
        #expect(merger.releaseAll().map(\.text) == ["t", "untimed"])
    }
}
