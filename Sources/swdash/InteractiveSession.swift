import CursesBackend
import DashCore
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a shell, a command or an attach in a container on the user's terminal, like
/// `docker exec -it` but through the engine API: the dashboard is suspended, the terminal goes raw,
/// bytes flow both ways over the hijacked connection, and everything is restored afterwards.
@MainActor
final class InteractiveSession {
    let engine: any DockerEngine
    let terminal: CursesTerminal
    let rawMode = RawMode()
    /// The exec being run, for resizes; nil for attach.
    private var execID: String?
    private var attachedContainer: String?

    init(engine: any DockerEngine, terminal: CursesTerminal) {
        self.engine = engine
        self.terminal = terminal
    }

    func run(_ request: InteractiveRequest) async -> InteractiveOutcome {
        do {
            switch request.kind {
            case .attach:
                return try await attach(request)
            case .shell:
                guard let shell = try await ShellDetector(engine: engine).shell(in: request.containerID, preferred: request.preferredShell)
                else {
                    return InteractiveOutcome(
                        request: request,
                        error: "\(request.name) has no shell (a distroless image?): press E to run a command instead")
                }
                return try await exec(request, argv: [shell])
            case .command(let argv):
                return try await exec(request, argv: argv)
            }
        } catch {
            restoreTerminal()
            return InteractiveOutcome(request: request, error: "\(request.name): \(UserText.describe(error))")
        }
    }

    private func exec(_ request: InteractiveRequest, argv: [String]) async throws -> InteractiveOutcome {
        let size = RawMode.windowSize().map { Size2D(height: $0.rows, width: $0.columns) }
        let id = try await engine.createExec(
            request.containerID,
            ExecConfig(cmd: argv, tty: true, stdin: true, env: ["TERM=\(Self.term)"], consoleSize: size))
        execID = id
        defer { execID = nil }
        takeTerminal()
        defer { restoreTerminal() }
        try await Self.runExec(engine, id, size)
        let exitCode = try await engine.inspectExec(id).exitCode
        return InteractiveOutcome(request: request, exitCode: exitCode)
    }

    private func attach(_ request: InteractiveRequest) async throws -> InteractiveOutcome {
        let details = try await engine.inspectContainer(request.containerID)
        guard details.hasTTY else {
            return InteractiveOutcome(
                request: request,
                error: "\(request.name) was not started with a TTY (-t), so attaching would show no prompt: use e for a shell")
        }
        attachedContainer = request.containerID
        defer { attachedContainer = nil }
        takeTerminal()
        defer { restoreTerminal() }
        // The engine watches for the detach keys and ends the stream, leaving the container running.
        writeAll(1, Array("[attached to \(request.name): Ctrl-P Ctrl-Q detaches]\r\n".utf8))
        let size = RawMode.windowSize().map { Size2D(height: $0.rows, width: $0.columns) }
        try await Self.runAttach(engine, request.containerID, size)
        let after = try await engine.inspectContainer(request.containerID)
        if after.state?.running == true { return InteractiveOutcome(request: request, detached: true) }
        return InteractiveOutcome(request: request, exitCode: after.state?.exitCode)
    }

    nonisolated static func runExec(_ engine: any DockerEngine, _ id: String, _ size: Size2D?) async throws {
        try await engine.withExecSession(id, tty: true, consoleSize: size) { session in
            // Engines before API 1.42 ignore the start size: set it as soon as the process exists.
            if let size { try? await engine.resizeExec(id, size) }
            await pump(session)
        }
    }

    nonisolated static func runAttach(_ engine: any DockerEngine, _ containerID: String, _ size: Size2D?) async throws {
        try await engine.withAttachSession(containerID, tty: true, detachKeys: "ctrl-p,ctrl-q") { session in
            if let size { try? await engine.resizeContainerTTY(containerID, size) }
            await pump(session)
        }
    }

    /// Output to the terminal until the process ends; keystrokes to the process meanwhile.
    nonisolated static func pump(_ session: HijackedSession) async {
        let input = StdinReader()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while let chunk = try? await session.read() { writeAll(1, chunk.bytes) }
            }
            group.addTask {
                for await bytes in input.bytes {
                    do {
                        try await session.write(bytes)
                    } catch {
                        return
                    }
                }
            }
            // The session is over when the output ends (the process exited or we detached).
            await group.next()
            input.cancel()
            group.cancelAll()
        }
    }

    /// Passes a terminal resize on to the running process.
    func resize() {
        guard let size = RawMode.windowSize() else { return }
        let size2D = Size2D(height: size.rows, width: size.columns)
        let engine = self.engine
        if let execID {
            Task { try? await engine.resizeExec(execID, size2D) }
        } else if let attachedContainer {
            Task { try? await engine.resizeContainerTTY(attachedContainer, size2D) }
        }
    }

    private func takeTerminal() {
        terminal.suspend()
        rawMode.enter()
    }

    /// Puts the terminal back in the dashboard's hands; safe to call twice (SIGHUP during a session).
    func restoreTerminal() {
        rawMode.restore()
    }

    /// The TERM the container's programs get: the user's, unless it says nothing useful.
    static var term: String {
        let value = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return value.isEmpty || value == "dumb" ? "xterm-256color" : value
    }
}
