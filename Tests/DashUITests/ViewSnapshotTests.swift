import DashCore
import DashUI
import EngineAPI
import TermRender
import Testing

/// Overlays, full-screen views and the states the chrome has to make obvious.
@Suite("View snapshots")
struct ViewSnapshotTests {
    static let wide = Size(columns: 80, rows: 24)

    @Test("Prune preview lists exactly what goes; then a result per object")
    func prune() {
        var state = DashboardFixture.state(Self.wide)
        let plan = PrunePlanner.plan(state)
        #expect(!plan.items.isEmpty)
        state.overlay = .prune(plan)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "prune_preview_80x24")
        var finished = plan
        finished.phase = .finished
        for (index, item) in plan.items.enumerated() {
            finished.outcomes[item.id] = index == 0 ? .skipped("running now (changed since the preview)") : .removed(freed: 1_000_000)
        }
        state.overlay = .prune(finished)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "prune_finished_80x24")
        state.size = Size(columns: 40, rows: 12)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "prune_finished_40x12")
    }

    @Test("Help overlay lists every binding of the containers pane, in two columns")
    func help() {
        var state = DashboardFixture.state(Self.wide)
        state.overlay = .help
        assertSnapshot(DashboardView.render(state, unicode: true), named: "help_80x24")
        state.size = Size(columns: 40, rows: 12)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "help_40x12")
    }

    @Test("Confirm dialog: question, warning, at most eight targets, y/n")
    func confirm() {
        var state = DashboardFixture.state(Self.wide)
        let targets = (1...11).map { CommandTarget(id: "id\($0)", name: $0 == 2 ? "数据库-主" : "worker-\($0)") }
        state.overlay = .confirm(Confirmation(
            question: "Remove 11 containers?", warning: "3 are running: they will be stopped first (force).",
            command: .removeContainer(force: true), targets: targets))
        assertSnapshot(DashboardView.render(state, unicode: true), named: "confirm_80x24")
        state.size = Size(columns: 40, rows: 12)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "confirm_40x12")
    }

    @Test("Full-screen log with stderr lines, scrolled back")
    func fullScreenLog() {
        var state = DashboardFixture.state(Self.wide)
        state.log = DashboardFixture.webLog(fullScreen: true)
        state.log?.moveCursor(by: -1, page: 18)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "log_fullscreen_80x24")
    }

    @Test("Help in the log view lists its keys")
    func logHelp() {
        var state = DashboardFixture.state(Self.wide)
        state.log = DashboardFixture.webLog(fullScreen: true)
        state.overlay = .help
        assertSnapshot(DashboardView.render(state, unicode: true), named: "help_log_80x24")
    }

    @Test("Inspect view with sections")
    func inspect() {
        var state = DashboardFixture.state(Self.wide)
        state.inspect = DashboardFixture.inspect
        assertSnapshot(DashboardView.render(state, unicode: true), named: "inspect_80x24")
    }

    @Test("Engine unreachable: the header says so and when it retries")
    func unreachable() {
        var state = DashboardFixture.state(Self.wide)
        state.engine.connection = .unreachable(
            reason: "connection refused: /var/run/docker.sock (is dockerd running?)", retryAt: state.now + 8)
        state.log?.endedReason = "the engine went away"
        assertSnapshot(DashboardView.render(state, unicode: true), named: "engine_unreachable_80x24")
        state.size = Size(columns: 40, rows: 12)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "engine_unreachable_40x12")
    }

    @Test("Read-only: marker in the header, no mutating hints in the footer")
    func readOnly() {
        var state = DashboardFixture.state(Self.wide)
        state.readOnly = true
        state.message = StatusMessage("read-only mode: stop is disabled (started with --read-only)", kind: .error,
                                      at: DashboardFixture.now)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "read_only_80x24")
    }

    @Test("Too small: only the message")
    func tooSmall() {
        let state = DashboardFixture.state(Size(columns: 30, rows: 8))
        assertSnapshot(DashboardView.render(state, unicode: true), named: "too_small_30x8")
    }

    @Test("ASCII mode: no box drawing, arrows, ellipses or middle dots")
    func ascii() {
        var state = DashboardFixture.state(Self.wide)
        state[list: .containers].descending = true
        state.message = StatusMessage("stopping proxy…", kind: .busy, at: DashboardFixture.now)
        let screen = DashboardView.render(state, unicode: false)
        assertSnapshot(screen, named: "ascii_80x24")
        // Only the user's data (names with CJK and emoji) may be non-ASCII.
        let chrome = screen.plainText.split(separator: "\n").filter { !$0.contains("数据库") && !$0.contains("🐳") }
        for line in chrome {
            let ascii = line.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "non-ASCII in: \(line)")
        }
    }
}
