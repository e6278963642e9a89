import EngineAPI
import Foundation
import TestEngineSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built `swdash`, in tmux, against the real test engine: what a user sees and does.
extension EndToEnd {
@Suite struct DashboardEndToEndTests {
    func dashboard(host: String? = nil, columns: Int = 120, rows: Int = 32, extra: String = "") throws -> Tmux {
        try Tmux(command: "\(Binary.swdash) -H \(host ?? TestEngine.hostText ?? "") \(extra)", columns: columns, rows: rows)
    }

    @Test func containersAppearStopAndRemove() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("e2e")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let tmux = try dashboard()
        defer { tmux.kill() }
        let first = try tmux.waitFor(name)
        #expect(first.contains(name), "the container never showed:\n\(first)")
        #expect(first.contains("Containers"))

        // Filter down to it, so the cursor is on it whatever else runs on the engine.
        try tmux.type("/" + name)
        try tmux.send("Enter")
        try tmux.type("s")
        let stopped = try await TestEngine.eventually(timeout: 20) {
            try await engine.inspectContainer(id).state?.running == false
        }
        #expect(stopped, "s did not stop the container")
        let screen = try tmux.waitFor("Exited")
        #expect(screen.contains("stopped"), "no result in the message line:\n\(screen)")

        try tmux.type("d")
        let question = try tmux.waitFor("Remove container")
        #expect(question.contains("y"), "no confirmation:\n\(question)")
        try tmux.type("y")
        let removed = try await TestEngine.eventually(timeout: 10) {
            do {
                _ = try await engine.inspectContainer(id)
                return false
            } catch let error as EngineError {
                return error.isNotFound
            }
        }
        #expect(removed, "d + y did not remove the container")
        await TestEngine.remove(engine, id)
    }

    @Test func aContainerStartedOutsideAppearsWithinASecond() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("outside")
        let tmux = try dashboard()
        defer { tmux.kill() }
        try tmux.waitFor("Containers")
        try tmux.type("/" + name)
        try tmux.send("Enter")
        try tmux.waitFor("no match")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let started = Date()
        let screen = try tmux.waitFor(name, timeout: 5)
        let elapsed = Date().timeIntervalSince(started)
        #expect(screen.contains(name))
        #expect(elapsed < 1.0, "took \(elapsed) s to appear")
        await TestEngine.remove(engine, id)
        let gone = try tmux.waitFor(timeout: 5) { !$0.contains(name) || $0.contains("no match") }
        #expect(gone.contains("no match"), "a removed container stayed on screen:\n\(gone)")
    }

    @Test func survivesTheEngineGoingAwayAndComingBack() async throws {
        let upstream = try #require(TestEngine.socketPath)
        let relay = EngineRelay(upstream: upstream)
        try relay.start()
        defer { relay.stop() }
        let tmux = try dashboard(host: relay.host)
        defer { tmux.kill() }
        let before = try tmux.waitFor("Docker ")
        #expect(!before.contains("UNREACHABLE"))

        relay.stop()
        let away = try tmux.waitFor("UNREACHABLE", timeout: 10)
        #expect(away.contains("UNREACHABLE"), "no marker when the engine went away:\n\(away)")
        #expect(!tmux.isDead, "swdash exited when the engine went away")

        try relay.start()
        let back = try tmux.waitFor(timeout: 20) { !$0.contains("UNREACHABLE") && $0.contains("Docker ") }
        #expect(!back.contains("UNREACHABLE"), "did not recover:\n\(back)")
        try tmux.type("q")
        _ = try tmux.waitFor(timeout: 5) { _ in tmux.isDead }
        #expect(tmux.isDead)
    }

    @Test func terminalIsRestoredAfterSIGHUP() async throws {
        let marker = NSTemporaryDirectory() + "swdash-stty-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let raw = marker + ".raw"
        defer {
            unlink(marker)
            unlink(raw)
        }
        let tmux = try Tmux(
            command: "sh -c '\(Binary.swdash) -H \(TestEngine.hostText ?? ""); echo status=$? > \(marker); stty -a >> \(marker); echo AFTER-EXIT'",
            columns: 100, rows: 30)
        defer { tmux.kill() }
        try tmux.record(to: raw)
        try tmux.waitFor("Containers")
        let shell = try tmux.panePID()
        let child = try #require(ChildProcess.firstChild(of: shell), "swdash process not found")
        kill(child, SIGHUP)
        try tmux.waitFor("AFTER-EXIT")
        let after = (try? String(contentsOfFile: marker, encoding: .utf8)) ?? ""
        #expect(after.hasPrefix("status=129"), "\(after)")
        #expect(after.contains(" icanon") && after.contains(" echo "), "terminal left in raw mode:\n\(after)")
        let bytes = (try? String(contentsOfFile: raw, encoding: .isoLatin1)) ?? ""
        #expect(bytes.contains("\u{1b}[?1049l"), "the alternate screen was not left")
        #expect(bytes.contains("\u{1b}[?25h"), "the cursor was not shown again")
    }

    /// The very first key after start-up is an arrow: it must arrive as one key, not as Esc, "[", "B" (curses'
    /// keypad mode has to be on before the first read, also after the start-up endwin/refresh cycle).
    @Test func theFirstArrowKeyMovesTheCursor() async throws {
        let engine = try await TestEngine.client()
        let ids = [
            try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("arrow-a")),
            try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("arrow-b")),
        ]
        let tmux = try dashboard()
        defer { tmux.kill() }
        func selected(_ screen: String) -> String? {
            screen.firstMatch(of: /Logs: (\S+)/).map { String($0.1) }
        }
        let before = try tmux.waitFor { selected($0) != nil }
        let first = try #require(selected(before), "no log title for the selected row:\n\(before)")
        try tmux.send("Down")
        let after = try tmux.waitFor(timeout: 5) { selected($0).map { $0 != first } ?? false }
        #expect(selected(after) != first, "the first Down did not move the cursor:\n\(after)")
        for id in ids { await TestEngine.remove(engine, id) }
    }

    @Test func resizesAndSmallTerminals() async throws {
        let tmux = try dashboard(columns: 80, rows: 24)
        defer { tmux.kill() }
        try tmux.waitFor("Containers")
        try tmux.resize(columns: 40, rows: 10)
        let small = try tmux.waitFor(timeout: 5) { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 40 } && screen.contains("Containers")
        }
        #expect(small.contains("Containers"), "no single-pane view at 40x10:\n\(small)")
        try tmux.resize(columns: 30, rows: 8)
        let tiny = try tmux.waitFor("too small", timeout: 5)
        #expect(tiny.contains("too small"))
        try tmux.resize(columns: 100, rows: 30)
        try tmux.waitFor("Containers", timeout: 5)
        try tmux.type("?")
        let help = try tmux.waitFor("quit")
        #expect(help.contains("remove") && help.contains("stop"))
        try tmux.send("Escape")
        try tmux.type("q")
        _ = try tmux.waitFor(timeout: 5) { _ in tmux.isDead }
        #expect(tmux.isDead, "q did not quit")
    }

    @Test func missingSocketAtStartIsAClearErrorAndExitStatusOne() throws {
        let tmux = try Tmux(command: "sh -c '\(Binary.swdash) -H unix:///nonexistent/docker.sock; echo status=$?'")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("status=")
        #expect(screen.contains("status=1"))
        #expect(screen.contains("Is Docker running?"), "message was:\n\(screen)")
        #expect(!screen.contains("Containers"), "the dashboard opened anyway")
    }

    @Test func withoutATerminalItSaysToUseSnapshot() throws {
        let (status, output) = try ChildProcess.run([Binary.swdash, "-H", TestEngine.hostText ?? ""])
        #expect(status == 1)
        #expect(output.contains("swdash snapshot"), "message was: \(output)")
    }

    @Test func snapshotPrintsOneFrameAsPlainText() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("snap")
        let id = try await TestEngine.run(engine, ["sh", "-c", "echo snapshot-line-1; echo snapshot-err >&2; sleep 300"], name: name)
        let (status, output) = try ChildProcess.run(
            [Binary.swdash, "snapshot", "-H", TestEngine.hostText ?? "", "--pane", "logs", "--container", name, "--size", "100x30"])
        #expect(status == 0, "\(output)")
        #expect(output.contains("snapshot-line-1") && output.contains("snapshot-err"), "\(output)")
        #expect(!output.contains("\u{1b}"), "escape codes in a plain-text snapshot")
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count >= 30)
        let containers = try ChildProcess.run(
            [Binary.swdash, "snapshot", "-H", TestEngine.hostText ?? "", "--container", name, "--size", "120x40"])
        #expect(containers.output.contains(name))
        await TestEngine.remove(engine, id)
    }
}
}
