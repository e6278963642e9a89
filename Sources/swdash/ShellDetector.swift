import EngineAPI

/// Finds the best interactive shell in a container: bash if it has one, else sh (ash on busybox).
struct ShellDetector {
    let engine: any DockerEngine

    /// The shell to run, or nil when the container has none (distroless images).
    func shell(in containerID: String, preferred: String?) async throws -> String? {
        if let preferred, !preferred.isEmpty, preferred != "auto" { return preferred }
        let probe = "if command -v bash >/dev/null 2>&1; then echo bash; else echo sh; fi"
        if let answer = try await run(containerID, ["/bin/sh", "-c", probe]), answer.status == 0 {
            return answer.output.contains("bash") ? "bash" : "sh"
        }
        // No /bin/sh; a bash elsewhere on PATH still makes a shell.
        if let answer = try await run(containerID, ["bash", "-c", "exit 0"]), answer.status == 0 { return "bash" }
        return nil
    }

    /// Runs a short non-interactive command; nil when it could not start at all.
    private func run(_ containerID: String, _ argv: [String]) async throws -> (status: Int, output: String)? {
        let id = try await engine.createExec(containerID, ExecConfig(cmd: argv, tty: false, stdin: false))
        var output = ""
        try await engine.withExecSession(id, tty: false, consoleSize: nil) { session in
            while let chunk = try await session.read() {
                if chunk.stream == .stdout { output += String(decoding: chunk.bytes, as: UTF8.self) }
            }
        }
        guard let status = try await engine.inspectExec(id).exitCode else { return nil }
        // 126/127: the runtime could not start the program.
        return status == 126 || status == 127 ? nil : (status, output)
    }
}
