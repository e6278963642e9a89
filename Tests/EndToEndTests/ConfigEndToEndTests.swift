import EngineAPI
import Foundation
import TestEngineSupport
import Testing

extension EndToEnd {
    /// The config file as a user writes it: remapped keys work, mistakes are named and never stop swdash.
    @Suite struct ConfigEndToEndTests {
        @Test func remappedKeysWorkAndMistakesAreNamed() async throws {
            let engine = try await TestEngine.client()
            let name = TestEngine.uniqueName("keys")
            let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
            let home = NSTemporaryDirectory() + "swdash-config-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            try FileManager.default.createDirectory(atPath: home + "/swdash", withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: home) }
            try """
                theme = "light"
                [keys]
                stop = "x"
                [logs]
                tail = "abc"
                """.write(toFile: home + "/swdash/config.toml", atomically: true, encoding: .utf8)

            let tmux = try Tmux(
                command: "\(Binary.swdash) -H \(TestEngine.hostText ?? "")", columns: 120, rows: 32,
                environment: ["XDG_CONFIG_HOME": home])
            defer { tmux.kill() }
            let first = try tmux.waitFor("Containers")
            let warning = try tmux.waitFor("logs.tail")
            #expect(warning.contains("config.toml:5"), "the warning names file and line:\n\(warning)")
            #expect(first.contains("x stop"), "the footer follows the remap:\n\(first)")
            try tmux.type("/" + name)
            try tmux.send("Enter")
            try tmux.waitFor(name)
            try tmux.type("s")  // no longer bound to stop
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await engine.inspectContainer(id).state?.running == true)
            try tmux.type("x")
            let stopped = try await TestEngine.eventually(timeout: 20) {
                try await engine.inspectContainer(id).state?.running == false
            }
            #expect(stopped, "the remapped key did not stop the container")
            await TestEngine.remove(engine, id)
        }
    }
}
