import EngineAPI
import EngineClient
import Foundation
import TestEngineSupport
import Testing

@Suite(.enabled(if: TestEngine.available, "needs the test engine (scripts/test)"), .timeLimit(.minutes(1)))
struct ExecIntegrationTests {
    /// Reads a session until it ends, or until `needle` shows up.
    func drain(_ session: HijackedSession, until needle: String? = nil) async throws -> [OutputSource: String] {
        var out: [OutputSource: String] = [:]
        while let chunk = try await session.read() {
            out[chunk.stream, default: ""] += String(decoding: chunk.bytes, as: UTF8.self)
            if let needle, out.values.contains(where: { $0.contains(needle) }) { break }
        }
        return out
    }

    @Test func execEchoReturnsOutputAndExitCode() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("exec"))
        let exec = try await engine.createExec(id, ExecConfig(cmd: ["sh", "-c", "echo hello; echo warn >&2; exit 3"], tty: false, stdin: false))
        let output = try await engine.withExecSession(exec, tty: false, consoleSize: nil) { try await drain($0) }
        #expect(output[.stdout] == "hello\n")
        #expect(output[.stderr] == "warn\n")
        #expect(try await engine.inspectExec(exec).exitCode == 3)
        await TestEngine.remove(engine, id)
    }

    @Test func execStdinReachesTheProcess() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("stdin"))
        let exec = try await engine.createExec(id, ExecConfig(cmd: ["cat"], tty: false, stdin: true))
        let output = try await engine.withExecSession(exec, tty: false, consoleSize: nil) { session in
            try await session.write(Array("ping 日本\n".utf8))
            try await session.closeInput()
            return try await drain(session)
        }
        #expect(output[.stdout] == "ping 日本\n")
        #expect(try await engine.inspectExec(exec).exitCode == 0)
        await TestEngine.remove(engine, id)
    }

    @Test func ttyExecGetsTheConsoleSizeAndResizes() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: TestEngine.uniqueName("tty"))
        let exec = try await engine.createExec(
            id, ExecConfig(cmd: ["sh"], tty: true, stdin: true, consoleSize: Size2D(height: 33, width: 101)))
        let output = try await engine.withExecSession(exec, tty: true, consoleSize: Size2D(height: 33, width: 101)) { session in
            try await engine.resizeExec(exec, Size2D(height: 33, width: 101))
            try await session.write(Array("stty size; echo $((6*7))\n".utf8))
            let first = try await drain(session, until: "42")
            try await engine.resizeExec(exec, Size2D(height: 20, width: 70))
            try await session.write(Array("stty size; exit 5\n".utf8))
            let second = try await drain(session)
            return (first[.console] ?? "") + "|" + (second[.console] ?? "")
        }
        #expect(output.contains("33 101"))
        #expect(output.contains("42"))
        #expect(output.contains("20 70"))
        #expect(try await engine.inspectExec(exec).exitCode == 5)
        await TestEngine.remove(engine, id)
    }

    @Test func execInAStoppedContainerIsRefusedWithTheEnginesWords() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["true"], name: TestEngine.uniqueName("stopped"))
        _ = try await engine.waitContainer(id)
        do {
            _ = try await engine.createExec(id, ExecConfig(cmd: ["sh"], tty: true, stdin: true))
            Issue.record("exec in a stopped container must fail")
        } catch let error as EngineError {
            #expect(error.isConflict)
            #expect(error.description.contains("not running"))
        }
        await TestEngine.remove(engine, id)
    }

    @Test func attachToATTYContainer() async throws {
        let engine = try await TestEngine.client()
        let id = try await TestEngine.run(engine, ["sh"], name: TestEngine.uniqueName("attach"), tty: true, openStdin: true)
        let output = try await engine.withAttachSession(id, tty: true, detachKeys: nil) { session in
            // A shell that has only just started may not read yet: say it again until it answers.
            let typer = Task {
                for _ in 0..<10 {
                    try await session.write(Array("echo attached-$((1+1))\n".utf8))
                    try await Task.sleep(for: .seconds(1))
                }
            }
            defer { typer.cancel() }
            return try await drain(session, until: "attached-2")
        }
        #expect(output[.console]?.contains("attached-2") == true)
        #expect(try await engine.inspectContainer(id).state?.running == true)
        await TestEngine.remove(engine, id)
    }
}
