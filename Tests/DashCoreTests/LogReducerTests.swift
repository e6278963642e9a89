import EngineAPI
import TermRender
import Testing
@testable import DashCore

/// The keys of the full-screen log as state plus effects.
@Suite struct LogReducerTests {
    static let web = Fixtures.container("c1", "web", project: "shop")
    static let db = Fixtures.container("c2", "db", project: "shop")
    static let old = Fixtures.container("c3", "old", state: "exited", status: "Exited (1) 3 minutes ago")

    /// The full-screen log of db (stream 1), with 30 lines: "out N" and every third "err N" on stderr.
    func logView(lines count: Int = 30) -> AppState {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1_700_000_000)
        _ = Reducer.reduce(&state, .connected(version: SystemVersion(), apiVersion: "1.41"))
        _ = Reducer.reduce(&state, .containersListed([Self.web, Self.db, Self.old]))
        _ = Reducer.reduce(&state, .key(.char("l")))
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines(0..<count)))
        return state
    }

    func lines(_ range: Range<Int>) -> [LogLine] {
        range.map { LogLine(stream: $0 % 3 == 0 ? .stderr : .stdout, text: $0 % 3 == 0 ? "err \($0)" : "out \($0)",
                            timestamp: 1_700_000_000_000_000_000 + Int64($0) * 1_000_000) }
    }

    @discardableResult
    func press(_ state: inout AppState, _ keys: KeyEvent...) -> [Effect] {
        keys.flatMap { Reducer.reduce(&state, .key($0)) }
    }

    @discardableResult
    func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Reducer.reduce(&state, .key(.char($0))) }
    }

    func selectedText(_ state: AppState) -> String? {
        state.log.flatMap { log in log.selectedSeq.flatMap { log.buffer[seq: $0]?.text } }
    }

    @Test func theLogViewKeysAreItsOwn() {
        let state = logView()
        #expect(state.keyContext == .logView)
        #expect(state.log?.fullScreen == true && state.log?.stream == 1)
        for (key, command) in [("f", Command.toggleFollow), ("/", .search), ("&", .filterLog), ("S", .saveLog),
                               ("y", .copyLines), ("t", .toggleTimestamps), ("w", .toggleWrap), ("T", .cycleTail),
                               ("s", .cycleSince), ("o", .cycleStreams), ("c", .cycleDisplay), ("n", .searchNext),
                               ("N", .searchPrevious), ("v", .markLine)] {
            #expect(state.keymap.command(for: .char(Character(key)), in: .logView) == command, "\(key)")
        }
        #expect(state.keymap.command(for: .left, in: .logView) == .scrollLeft)
    }

    @Test func followPausesAndResumes() {
        var state = logView()
        press(&state, .char("f"))
        #expect(state.log?.follow == false && selectedText(state) == "out 29")
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines(30..<40)))
        #expect(selectedText(state) == "out 29" && state.log?.newLineCount == 10)
        press(&state, .char("f"))
        #expect(state.log?.isTracking == true && selectedText(state) == "err 39")
        // Scrolling back while following also holds still; End returns to the newest.
        press(&state, .up, .up)
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines(40..<45)))
        #expect(selectedText(state) == "out 37" && state.log?.newLineCount == 5)
        press(&state, .end)
        #expect(state.log?.isTracking == true)
    }

    @Test func tailAndSinceRestartTheStreamWithoutReadingTheClock() {
        var state = logView()
        let sources = [LogSource(id: "c2", name: "db")]
        #expect(press(&state, .char("T")) == [.followLogs(LogRequest(stream: 2, sources: sources, tail: 1000), delayMilliseconds: 0)])
        #expect(state.log?.buffer.isEmpty == true && state.log?.stream == 2)
        press(&state, .char("T"), .char("T"))
        #expect(state.logPreferences.tail == nil)
        #expect(press(&state, .char("s")) == [.followLogs(LogRequest(stream: 5, sources: sources, tail: nil,
                                                                     since: 1_700_000_000 - 300), delayMilliseconds: 0)])
        #expect(state.logPreferences.sinceLabel == "since 5m")
        press(&state, .char("s"), .char("s"), .char("s"))
        #expect(state.logPreferences.since == nil)
        // Lines of a replaced stream are not mixed in.
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines(0..<5)))
        #expect(state.log?.buffer.isEmpty == true)
        // The choices stay when another container's log opens.
        press(&state, .escape)
        #expect(state.logPreferences.tail == nil)
    }

    @Test func displayToggles() {
        var state = logView()
        press(&state, .char("t"), .char("w"), .char("c"))
        #expect(state.logPreferences.timestamps && !state.logPreferences.wrap && state.logPreferences.display == .raw)
        press(&state, .right, .right)
        #expect(state.log?.column == 76)
        press(&state, .left)
        #expect(state.log?.column == 38)
        press(&state, .char("w"))
        #expect(state.log?.column == 0)
        press(&state, .right)
        #expect(state.log?.column == 0 && state.message?.text.contains("w turns wrapping off") == true)
        press(&state, .char("c"), .char("c"))
        #expect(state.logPreferences.display == .colours)
    }

    @Test func searchJumpsHighlightsAndReportsBadPatterns() {
        var state = logView()
        press(&state, .char("/"))
        #expect(state.prompt?.purpose == .logSearch)
        type(&state, "err(")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.kind == .error && state.message?.text.hasPrefix("invalid regular expression err(") == true)
        #expect(state.log?.search == nil)
        press(&state, .char("/"))
        type(&state, "2[0-9]")
        press(&state, .enter)
        #expect(selectedText(state) == "out 29" && state.log?.searchIndex?.seqs.count == 10)
        press(&state, .char("N"))
        #expect(selectedText(state) == "out 28")
        press(&state, .char("n"), .char("n"))
        #expect(selectedText(state) == "out 20" && state.message?.text == "search wrapped to the oldest match")
        // An empty search clears it.
        press(&state, .char("/"), .enter)
        #expect(state.log?.search == nil)
    }

    @Test func filterInvertsAndClearsBackToTheSamePlace() {
        var state = logView()
        press(&state, .up, .up, .up)
        let place = (state.log?.selectedSeq, state.log?.cursorOffset)
        press(&state, .char("&"))
        type(&state, "!err")
        press(&state, .enter)
        #expect(state.log?.visible.count == 20)
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines(30..<33)))
        #expect(state.log?.visible.count == 22)
        // The prompt offers the current pattern; an invalid one changes nothing.
        press(&state, .char("&"))
        #expect(state.prompt?.text == "!err")
        press(&state, .ctrl("u"))
        type(&state, "[x")
        press(&state, .enter)
        #expect(state.message?.kind == .error && state.log?.filter.pattern?.source == "!err")
        press(&state, .char("&"), .ctrl("u"), .enter)
        #expect(state.log?.filterIndex == nil && state.message?.text == "filter cleared")
        #expect((state.log?.selectedSeq, state.log?.cursorOffset) == place)
        // Streams: stderr only, then stdout only.
        press(&state, .char("o"), .char("o"))
        #expect(state.log?.filter.streams == .stderr && state.log?.visible.count == 11)
    }

    @Test func bigFiltersScanInStepsBetweenKeys() {
        var state = logView(lines: 6000)
        press(&state, .char("&"))
        type(&state, "out")
        let effects = press(&state, .enter)
        #expect(effects == [.continueLogScan(stream: 1)])
        #expect(state.log?.isScanning == true)
        #expect(Reducer.reduce(&state, .logScanDue(stream: 1)) == [.continueLogScan(stream: 1)])
        #expect(Reducer.reduce(&state, .logScanDue(stream: 7)).isEmpty)  // another stream's: ignored
        #expect(Reducer.reduce(&state, .logScanDue(stream: 1)).isEmpty)
        #expect(state.log?.isScanning == false && state.log?.visible.count == 4000)
    }

    @Test func saveOffersAPathAndWritesInAnEffect() {
        var state = logView()
        press(&state, .char("S"))
        #expect(state.prompt == Prompt(label: "save the log to:", text: "./db-20231114-221320.log", purpose: .saveLog))
        press(&state, .ctrl("u"))
        type(&state, "/tmp/x.log")
        let effects = press(&state, .enter)
        guard case .saveLog(let path, let lines) = effects.first else {
            Issue.record("no save effect: \(effects)")
            return
        }
        #expect(path == "/tmp/x.log" && lines.count == 30 && lines.first == "err 0")
        _ = Reducer.reduce(&state, .logSaved(path: path, lines: 30, error: nil))
        #expect(state.message == StatusMessage("saved 30 lines to /tmp/x.log", kind: .info, at: 1_700_000_000))
        _ = Reducer.reduce(&state, .logSaved(path: path, lines: 30, error: "the file exists already"))
        #expect(state.message?.kind == .error)
        // With a filter and timestamps, what is shown is what is saved.
        press(&state, .char("t"), .char("o"), .char("o"), .char("S"))
        #expect(state.prompt?.label == "save the filtered lines to:")
        guard case .saveLog(_, let filtered) = press(&state, .enter).first else {
            Issue.record("no save effect")
            return
        }
        #expect(filtered.count == 10 && filtered.first == "2023-11-14T22:13:20.000Z err 0")
    }

    @Test func copySendsTheSelectedLineOrTheMarkedRange() {
        var state = logView()
        #expect(press(&state, .char("y")) == [.copyToClipboard("out 29")])
        #expect(state.message?.text == "copied 1 line to the clipboard")
        press(&state, .up, .char("v"), .up, .up)
        #expect(press(&state, .char("y")) == [.copyToClipboard("out 26\nerr 27\nout 28")])
        #expect(state.log?.mark == nil)
    }

    @Test func bigCopiesAreCutToWhatTerminalsAccept() {
        var state = logView(lines: 0)
        let long = String(repeating: "x", count: 30_000)
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, (0..<5).map { _ in LogLine(stream: .stdout, text: long) }))
        press(&state, .char("v"), .char("g"))
        guard case .copyToClipboard(let text) = press(&state, .char("y")).first else {
            Issue.record("no copy")
            return
        }
        #expect(text.utf8.count <= 100_000 && text.split(separator: "\n").count == 3)
        #expect(state.message?.text == "copied 3 lines to the clipboard (cut to 100 KB)")
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, [LogLine(stream: .stdout, text: long + long + long + long)]))
        press(&state, .end)
        guard case .copyToClipboard(let one) = press(&state, .char("y")).first else {
            Issue.record("no copy")
            return
        }
        #expect(one.utf8.count == 100_000 && state.message?.text == "copied 1 line to the clipboard (cut to 100 KB)")
    }

    @Test func markedContainersOrAComposeProjectMerge() {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000)
        _ = Reducer.reduce(&state, .containersListed([Self.web, Self.db, Self.old]))
        type(&state, "  ")  // marks db and old (each move streams the next container: streams 2 and 3)
        let effects = type(&state, "l")
        let both = [LogSource(id: "c2", name: "db"), LogSource(id: "c3", name: "old")]
        #expect(effects == [.followLogs(LogRequest(stream: 4, sources: both, tail: 200), delayMilliseconds: 0)])
        #expect(state.log?.isMerged == true && state.log?.name == "db, old" && state.log?.fullScreen == true)
        // Leaving a merged log puts the selected container's own log back in the detail area.
        let back = press(&state, .escape)
        #expect(back.first == .stopLogs && state.log?.isMerged == false)
        press(&state, .escape)  // clear marks
        type(&state, "gL")
        let shop = [LogSource(id: "c2", name: "db"), LogSource(id: "c1", name: "web")]
        #expect(state.log?.sources == shop && state.log?.name == "project shop")
        press(&state, .escape)
        type(&state, "jL")  // old is in no project
        #expect(state.message?.text == "old is not part of a compose project")
    }

    @Test func aPromptCanBeClearedAndCancelled() {
        var state = logView()
        press(&state, .char("/"))
        type(&state, "abc")
        press(&state, .ctrl("u"))
        #expect(state.prompt?.text == "")
        press(&state, .escape)
        #expect(state.prompt == nil && state.log?.fullScreen == true)
    }
}
