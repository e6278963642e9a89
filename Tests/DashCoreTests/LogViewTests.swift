import EngineAPI
import Testing
@testable import DashCore

/// Following, pausing, moving, filtering and searching in one log view, without the reducer.
@Suite struct LogViewTests {
    func view(_ count: Int, capacity: Int = 1000) -> LogView {
        var view = LogView(containerID: "c", name: "c", capacity: capacity)
        view.receive(lines(0..<count))
        return view
    }

    func lines(_ range: Range<Int>) -> [LogLine] {
        range.map { LogLine(stream: $0 % 3 == 0 ? .stderr : .stdout, text: $0 % 3 == 0 ? "err \($0)" : "out \($0)") }
    }

    func selectedText(_ view: LogView) -> String? { view.selectedSeq.flatMap { view.buffer[seq: $0]?.text } }

    @Test func pausingKeepsTheViewStillAndCountsNewLines() {
        var log = view(10)
        #expect(log.isTracking && selectedText(log) == "err 9")
        log.toggleFollow()
        #expect(!log.follow && !log.isTracking && selectedText(log) == "err 9")
        log.receive(lines(10..<15))
        #expect(selectedText(log) == "err 9" && log.newLineCount == 5)
        log.jumpToNewest()  // paused: the newest line, still not moving with new ones
        #expect(selectedText(log) == "out 14" && log.newLineCount == 0 && !log.isTracking)
        log.toggleFollow()
        #expect(log.isTracking && log.newLineCount == 0)
        log.receive(lines(15..<16))
        #expect(selectedText(log) == "err 15")
    }

    @Test func movingUpScrollsBackAndComingDownResumesFollowing() {
        var log = view(50)
        log.moveCursor(by: -3, page: 10)
        #expect(selectedText(log) == "out 46" && log.cursorOffset == 3 && log.follow)
        log.receive(lines(50..<60))
        #expect(selectedText(log) == "out 46" && log.newLineCount == 10)
        log.moveCursor(by: -20, page: 10)
        #expect(selectedText(log) == "out 26" && log.cursorOffset == 9)  // the view scrolled: cursor on the top row
        log.moveCursor(by: 1000, page: 10)
        #expect(log.isTracking && selectedText(log) == "out 59")
        log.jumpToOldest(page: 10)
        #expect(selectedText(log) == "err 0" && log.cursorOffset == 9)
    }

    @Test func droppedLinesMoveTheSelectionToTheOldestKept() {
        var log = view(10, capacity: 10)
        log.jumpToOldest(page: 5)
        log.receive(lines(10..<15))
        #expect(selectedText(log) == "out 5" && log.selectedSeq == 5)
    }

    @Test func filterKeepsApplyingToNewLinesAndClearingReturnsToTheSamePlace() throws {
        var log = view(30)
        log.moveCursor(by: -5, page: 10)
        let place = (log.selectedSeq, log.cursorOffset)
        log.setFilter(LogFilter(pattern: try LogPattern("err")))
        let complete = log.scanStep()
        #expect(complete)
        #expect(log.visible.count == 10)
        log.receive(lines(30..<40))
        #expect(log.visible.count == 14)
        #expect(log.buffer[seq: log.visible.seq(at: 13)]?.text == "err 39")
        log.setFilter(LogFilter(pattern: try LogPattern("!err")))
        log.scanStep()
        #expect(log.visible.count == 26)
        log.setFilter(LogFilter())
        #expect(log.filterIndex == nil && log.visible.count == 40)
        #expect((log.selectedSeq, log.cursorOffset) == place)
    }

    @Test func streamsFilter() {
        var log = view(9)
        log.setFilter(LogFilter(streams: .stderr))
        log.scanStep()
        #expect((0..<log.visible.count).compactMap { log.buffer[seq: log.visible.seq(at: $0)]?.text } == ["err 0", "err 3", "err 6"])
        log.setFilter(LogFilter(streams: .stdout))
        log.scanStep()
        #expect(log.visible.count == 6)
        #expect(LogFilter.Streams.stdout.keeps(.console) && !LogFilter.Streams.stderr.keeps(.console))
    }

    @Test func bigBuffersAreScannedInSteps() throws {
        var log = view(5000, capacity: 10_000)
        log.setFilter(LogFilter(pattern: try LogPattern("^out [0-9]*5$")))
        let complete = log.scanStep()
        #expect(!complete && log.isScanning)
        // The newest lines are scanned first, so the bottom of the view fills in at once.
        #expect(log.buffer[seq: log.visible.seq(at: log.visible.count - 1)]?.text == "out 4985")
        log.receive(lines(5000..<5006))  // arriving meanwhile: matched as they come
        while !log.scanStep() {}
        #expect(log.visible.count == 334)  // 500 ending in 5, minus those divisible by 3, plus 5005
    }

    @Test func searchJumpsBetweenMatchesAmongTheLinesShown() throws {
        var log = view(20)
        log.setSearch(try LogPattern("1[0-9]"))
        log.scanStep()
        #expect(log.searchIndex?.seqs.count == 10)
        log.jump(to: try #require(log.latestMatch(atOrBefore: 19)), page: 10)
        #expect(selectedText(log) == "out 19")
        let previous = try #require(log.nextMatch(forward: false))
        #expect(previous.seq == 18 && !previous.wrapped)
        let next = try #require(log.nextMatch(forward: true))
        #expect(next.seq == 10 && next.wrapped)
        // With a filter, matches it hides are skipped.
        log.setFilter(LogFilter(streams: .stderr))
        log.scanStep()
        #expect(log.selectedSeq == 18)  // the selected line is hidden: the nearest shown one above stands in
        #expect(log.nextMatch(forward: false)?.seq == 15)
        #expect(log.nextMatch(forward: true).map { [$0.seq] + ($0.wrapped ? [1] : []) } == [12, 1])
    }

    @Test func anInvertedSearchFindsTheOtherLines() throws {
        var log = view(6)
        log.setSearch(try LogPattern("!err"))
        log.scanStep()
        #expect(log.searchIndex?.seqs == [1, 2, 4, 5])
        log.receive(lines(6..<8))
        #expect(log.searchIndex?.seqs == [1, 2, 4, 5, 7])
    }

    @Test func restartingTheStreamFollowsAgain() {
        var log = view(5)
        log.toggleFollow()
        log.restart(stream: 2)
        #expect(log.follow && log.isTracking && log.buffer.isEmpty && log.stream == 2)
    }

    @Test func markedRangeAndCopyText() {
        var log = view(10)
        log.moveCursor(by: -1, page: 10)
        log.toggleMark()
        log.moveCursor(by: -2, page: 10)
        #expect(log.selectedSeqs == [6, 7, 8])
        #expect(LogExport.lines(log.selectedSeqs, in: log, timestamps: false) == ["err 6", "out 7", "out 8"])
        log.toggleMark()
        #expect(log.selectedSeqs == [6])
    }

    @Test func exportShowsWhatTheViewShows() {
        var merged = LogView(sources: [LogSource(id: "a", name: "web"), LogSource(id: "b", name: "db")], name: "2",
                             capacity: 10)
        merged.receive([LogLine(stream: .stdout, text: "hi", timestamp: 1_700_000_000_000_000_000, source: 1)])
        #expect(LogExport.lines([0], in: merged, timestamps: true) == ["db | 2023-11-14T22:13:20.000Z hi"])
        #expect(LogExport.lines([0], in: merged, timestamps: false) == ["db | hi"])
        #expect(LogExport.fileName("web/1 ☃", now: 1_700_000_000) == "./web-1-20231114-221320.log")
        #expect(LogExport.fileName("..", now: 0) == "./log-19700101-000000.log")
    }
}
