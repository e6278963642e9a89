import DashCore
import DashUI
import EngineAPI
import TermRender
import Testing

/// The full-screen log: search, filter, timestamps, wrapping and sideways scrolling, raw mode, merged logs.
@Suite("Log pane snapshots")
struct LogPaneSnapshotTests {
    static let wide = Size(columns: 80, rows: 24)

    func render(_ state: AppState) -> Screen { DashboardView.render(state, unicode: true) }

    @Test("Container colours are drawn; stderr keeps its role; wrapped lines")
    func colours() throws {
        let state = LogFixture.state()
        let screen = render(state)
        assertSnapshot(screen, named: "log_colours_80x24")
        let info = try #require(Self.find("INFO", in: screen))
        #expect(screen[info]?.style == Style(.logStdout, foreground: .ansi(.green)))
        let error = try #require(Self.find("ERROR", in: screen))
        #expect(screen[error]?.style == Style(.logStderr, [.bold], foreground: .ansi(.red)))
        let afterError = try #require(Self.find("payment", in: screen))
        #expect(screen[afterError]?.style == Style(.logStderr))
    }

    @Test("Search highlights every match on screen and selects the newest")
    func search() throws {
        var state = LogFixture.state()
        state.log?.setSearch(try LogPattern("orders"))
        state.log?.scanStep()
        state.log?.jump(to: 8, page: 18)
        let screen = render(state)
        assertSnapshot(screen, named: "log_search_80x24")
        // Three lines on screen hold "orders"; the title row shows the pattern too.
        let body = (3..<screen.size.rows).flatMap { screen.row($0) }
        #expect(body.filter { $0.style.role == .searchMatch }.count == "orders".count * 3)
    }

    @Test("Filter: only matching lines, and the title says so")
    func filter() throws {
        var state = LogFixture.state()
        state.log?.setFilter(LogFilter(pattern: try LogPattern("error|warn")))
        state.log?.scanStep()
        assertSnapshot(render(state), named: "log_filter_80x24")
        state.log?.setFilter(LogFilter(pattern: try LogPattern("!INFO"), streams: .stdout))
        state.log?.scanStep()
        assertSnapshot(render(state), named: "log_filter_inverted_stdout_80x24")
    }

    @Test("Timestamps in their own role, wrapped text indented under them")
    func timestamps() {
        var state = LogFixture.state()
        state.logPreferences.timestamps = true
        assertSnapshot(render(state), named: "log_timestamps_80x24")
    }

    @Test("Wrap off: cut with an ellipsis, scrolled sideways, the timestamp stays put")
    func sideways() {
        var state = LogFixture.state()
        state.logPreferences.wrap = false
        state.logPreferences.timestamps = true
        assertSnapshot(render(state), named: "log_nowrap_80x24")
        state.log?.column = 30
        assertSnapshot(render(state), named: "log_nowrap_scrolled_80x24")
    }

    @Test("Raw mode shows every escape; plain mode drops the colours")
    func rawAndPlain() {
        var state = LogFixture.state()
        state.logPreferences.display = .raw
        let raw = render(state)
        assertSnapshot(raw, named: "log_raw_80x24")
        #expect(raw.plainText.contains("␛]0;pwned␇"))
        state.logPreferences.display = .plain
        let plain = render(state)
        #expect(plain.cells.allSatisfy { $0.style.foreground == nil })
        #expect(!plain.plainText.contains("␛"))
    }

    @Test("Paused with new lines: the marker counts them; a marked range")
    func paused() {
        var state = LogFixture.state()
        state.log?.toggleFollow()
        state.log?.moveCursor(by: -2, page: 18)
        state.log?.toggleMark()
        state.log?.moveCursor(by: -2, page: 18)
        state.log?.receive(LogFixture.lines())
        assertSnapshot(render(state), named: "log_paused_80x24")
    }

    @Test("Merged logs: a coloured name in front of each line")
    func merged() {
        var state = LogFixture.merged()
        state.logPreferences.timestamps = true
        assertSnapshot(render(state), named: "log_merged_80x24")
        state.size = Size(columns: 40, rows: 12)
        assertSnapshot(render(state), named: "log_merged_40x12")
    }

    static func find(_ text: String, in screen: Screen) -> Point? {
        let rows = screen.plainText.split(separator: "\n", omittingEmptySubsequences: false)
        for (y, row) in rows.enumerated() {
            guard let range = row.range(of: text) else { continue }
            return Point(x: row[..<range.lowerBound].displayWidth, y: y)
        }
        return nil
    }
}
