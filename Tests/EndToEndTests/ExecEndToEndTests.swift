import EngineAPI
import Foundation
import TestEngineSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `e`, `E` and `a` in the built binary: a real shell through the hijacked API stream, in tmux.
extension EndToEnd {
@Suite struct ExecEndToEndTests {
    /// Opens the dashboard filtered down to one container, so the cursor is on it.
    func dashboard(on name: String, columns: Int = 100, rows: Int = 30, shellWrapper: Bool = false) throws -> Tmux {
        let command = "\(Binary.swdash) -H \(TestEngine.hostText ?? "")"
        let tmux = try Tmux(command: shellWrapper ? "sh -c '\(command); echo status=$?; echo AFTER-EXIT'" : command,
                            columns: columns, rows: rows)
        try tmux.waitFor("Containers")
        try tmux.type("/" + name)
        try tmux.send("Enter")
        // The name shows in the filter at once; wait for the container's row, so the next key finds it.
        try tmux.waitFor { $0.contains("│  " + name) }
        return tmux
    }

    @Test func shellRunsSizesFollowAndExitStatusIsShown() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("shell")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let tmux = try dashboard(on: name)
        defer { tmux.kill() }
        try tmux.type("e")
        try tmux.waitFor("/ #")
        try tmux.type("echo $((6*7)); stty size\r")
        let first = try tmux.waitFor("30 100")
        #expect(first.contains("42"), "\(first)")
        try tmux.resize(columns: 90, rows: 25)
        try await Task.sleep(for: .milliseconds(300))
        try tmux.type("stty size\r")
        let resized = try tmux.waitFor("25 90")
        #expect(resized.contains("25 90"), "the resize did not reach the shell:\n\(resized)")
        try tmux.type("exit 3\r")
        let back = try tmux.waitFor("exited with status 3")
        #expect(back.contains("Containers"), "the dashboard did not come back:\n\(back)")
        await TestEngine.remove(engine, id)
    }

    @Test func stoppedContainerGivesAMessageNotAHang() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("stopped")
        let id = try await TestEngine.run(engine, ["true"], name: name)
        _ = try await engine.waitContainer(id)
        let tmux = try dashboard(on: name)
        defer { tmux.kill() }
        try tmux.waitFor("Exited")
        try tmux.type("e")
        let screen = try tmux.waitFor("not running")
        #expect(screen.contains("start it first"), "\(screen)")
        await TestEngine.remove(engine, id)
    }

    @Test func promptedCommandRunsAsAnArgumentVector() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("cmd")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let tmux = try dashboard(on: name)
        defer { tmux.kill() }
        try tmux.type("E")
        try tmux.waitFor("run in")
        // Quoted as one argument; `;` reaches the program literally, no shell of ours splits it.
        try tmux.type("echo 'a;b' $HOME")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("exited with status 0")
        #expect(screen.contains("echo in \(name) exited with status 0"), "\(screen)")
        await TestEngine.remove(engine, id)
    }

    @Test func noShellIsExplained() async throws {
        let engine = try await TestEngine.client()
        let image = "swdash-test/noshell:v2"
        // An image holding only a lone busybox binary: no sh, no bash, like a distroless image.
        let build = try ChildProcess.run([
            "sh", "-c",
            "set -e; d=$(mktemp -d); cp /bin/busybox $d/busybox; tar -C $d -c . | docker -H \(TestEngine.hostText ?? "") import - \(image) >/dev/null; rm -rf $d",
        ])
        try #require(build.status == 0, "could not build the test image: \(build.output)")
        let name = TestEngine.uniqueName("noshell")
        let created = try await engine.createContainer(
            name: name, ContainerCreateRequest(image: image, cmd: ["/busybox", "sleep", "300"]))
        try await engine.startContainer(created.id)
        let tmux = try dashboard(on: name)
        defer { tmux.kill() }
        try tmux.type("e")
        let screen = try tmux.waitFor("has no shell")
        #expect(screen.contains("press E"), "\(screen)")
        await TestEngine.remove(engine, created.id)
    }

    @Test func attachAndDetachLeavesTheContainerRunning() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("attach")
        let id = try await TestEngine.run(engine, ["sh"], name: name, tty: true, openStdin: true)
        let tmux = try dashboard(on: name)
        defer { tmux.kill() }
        try tmux.type("a")
        try tmux.waitFor("Ctrl-P Ctrl-Q detaches")
        try tmux.type("echo attached-$((40+2))\r")
        try tmux.waitFor("attached-42")
        try tmux.send("C-p")
        try tmux.send("C-q")
        let back = try tmux.waitFor("detached from")
        #expect(back.contains("keeps running"), "\(back)")
        #expect(try await engine.inspectContainer(id).state?.running == true)
        await TestEngine.remove(engine, id)
    }

    @Test func hangUpDuringAShellRestoresTheTerminal() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("hup")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let tmux = try dashboard(on: name, shellWrapper: true)
        defer { tmux.kill() }
        try tmux.type("e")
        try tmux.waitFor("/ #")
        let child = try #require(ChildProcess.firstChild(of: try tmux.panePID()))
        kill(child, SIGHUP)
        let screen = try tmux.waitFor("AFTER-EXIT")
        #expect(screen.contains("status=129"), "\(screen)")
        // No swdash process is left behind.
        #expect(kill(child, 0) != 0)
        await TestEngine.remove(engine, id)
    }
}
}
