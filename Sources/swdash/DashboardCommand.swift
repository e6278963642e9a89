import ArgumentParser
import CursesBackend
import DashCore
import EngineAPI
import Foundation
import TermRender

/// `swdash` (the default): the interactive dashboard.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard (the default).")

    @OptionGroup var engine: EngineOptions

    @Flag(name: .long, help: "Disable every key that changes something (start, stop, remove, …).")
    var readOnly = false

    @Option(name: .long, help: "Log lines to load before following.")
    var tail = 200

    @Option(name: .long, help: "Log lines kept per container; older ones are dropped.")
    var logBuffer = 10_000

    @Option(name: .long, help: "Seconds a stop waits before the engine kills (engine default when left out).")
    var stopTimeout: Int?

    @Option(name: .long, help: "The shell e opens in a container: auto (bash, else sh) or a path such as /bin/zsh.")
    var shell = "auto"

    func validate() throws {
        guard tail >= 0 else { throw ValidationError("--tail must be 0 or more") }
        guard logBuffer >= 100 else { throw ValidationError("--log-buffer must be at least 100") }
    }

    @MainActor
    func run() async throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            fail("the dashboard needs a terminal; for scripts use `swdash snapshot`")
        }
        let client = try await engine.connect()
        var settings = AppState.Settings()
        settings.logTail = tail
        settings.logCapacity = logBuffer
        settings.stopTimeout = stopTimeout
        settings.execShell = shell == "auto" ? nil : shell
        let environment = ProcessInfo.processInfo.environment
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(
                options: .init(useColor: CursesTerminal.Options.colorAllowed(environment: environment)))
        } catch {
            fail("cannot use this terminal: \(error)")
        }
        let state = AppState(
            host: client.hostDescription, size: terminal.size, now: Date().timeIntervalSince1970, readOnly: readOnly,
            settings: settings)
        let app = DashboardApp(terminal: terminal, store: Store(state: state, engine: client), engine: client)
        let status = await app.run()
        if status != 0 { throw ExitCode(status) }
    }
}
