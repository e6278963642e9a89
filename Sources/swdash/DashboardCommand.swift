import ArgumentParser
import Config
import CursesBackend
import DashCore
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TermRender

/// `swdash` (the default): the interactive dashboard.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard", abstract: "Open the dashboard (the default).",
        discussion: "Settings come from the flags, then the config file (see docs/CONFIG.md), then the defaults.")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var configFile: ConfigOptions

    @Flag(name: .long, help: "Disable every key that changes something (start, stop, remove, prune, shells…).")
    var readOnly = false

    @Option(name: .long, help: "Log lines to load before following (default 200).")
    var tail: Int?

    @Option(name: .long, help: "Log lines kept per container; older ones are dropped (default 10000).")
    var logBuffer: Int?

    @Option(name: .long, help: "How far back logs start: all, or e.g. 5m, 1h, 24h (default all).")
    var since: String?

    @Option(name: .long, help: "Seconds a stop waits before the engine kills (engine default when left out).")
    var stopTimeout: Int?

    @Option(name: .long, help: "The shell e opens in a container: auto (bash, else sh) or a path such as /bin/zsh.")
    var shell: String?

    @Option(name: .long, help: "Colour theme: default, light, high-contrast, monochrome, a name in the config directory, or a path.")
    var theme: String?

    func validate() throws {
        if let tail, !ResolvedSettings.logTailRange.contains(tail) {
            throw ValidationError("--tail must be between \(ResolvedSettings.logTailRange.lowerBound) and \(ResolvedSettings.logTailRange.upperBound)")
        }
        if let logBuffer, !ResolvedSettings.logBufferRange.contains(logBuffer) {
            throw ValidationError("--log-buffer must be between \(ResolvedSettings.logBufferRange.lowerBound) and \(ResolvedSettings.logBufferRange.upperBound)")
        }
        if let since, LogSince(parsing: since) == nil { throw ValidationError("--since takes all, or a duration such as 5m, 1h, 24h") }
    }

    @MainActor
    func run() async throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            fail("the dashboard needs a terminal; for scripts use `swdash snapshot`")
        }
        let environment = ProcessInfo.processInfo.environment
        let loaded = configFile.load()
        let settings = loaded.settings.overridden(by: CommandLineOverrides(
            theme: theme, readOnly: readOnly ? true : nil, logBufferLines: logBuffer, logTail: tail,
            logSince: since.flatMap(LogSince.init(parsing:)), execShell: shell))
        let client = try await engine.connect(configured: settings.host)
        let themeLoad = ThemeLoader(environment: environment).load(settings.theme)
        let warnings = loaded.warnings.map(\.description) + themeLoad.warnings.map(\.description)

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(
                useColor: CursesTerminal.Options.colorAllowed(environment: environment), theme: themeLoad.theme))
        } catch {
            fail("cannot use this terminal: \(error)")
        }
        var state = AppState(
            host: client.hostDescription, size: terminal.size, now: Date().timeIntervalSince1970,
            readOnly: settings.readOnly, settings: settings.appSettings(stopTimeout: stopTimeout))
        state.keymap = settings.keymap
        state.themeNames = ThemeLoader(environment: environment).availableNames()
        if let first = warnings.first {
            let more = warnings.count > 1 ? " (and \(warnings.count - 1) more, printed when swdash exits)" : ""
            state.message = StatusMessage(first + more, kind: .error, at: state.now)
        }
        let app = DashboardApp(terminal: terminal, store: Store(state: state, engine: client), engine: client)
        let status = await app.run()
        // The alternate screen hid them; now the user can read every warning.
        for warning in warnings { printDiagnostic(warning) }
        if status != 0 { throw ExitCode(status) }
    }
}
