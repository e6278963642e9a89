import DashCore

/// Every setting swdash reads from its config file, with the value in force after defaults, the file and
/// (through `overridden(by:)`) the command line. See docs/CONFIG.md for each key.
public struct ResolvedSettings: Sendable, Equatable {
    /// `host`: the engine address; nil follows `$DOCKER_HOST`, then `unix:///var/run/docker.sock`.
    public var host: String?
    /// `theme`: a bundled or user theme name, or a path to a theme file.
    public var theme: String = "default"
    /// `read_only`: refuse every command that changes something on the engine.
    public var readOnly = false
    /// `logs.buffer_lines`: log lines kept per container.
    public var logBufferLines = 10_000
    /// `logs.tail`: log lines loaded before following.
    public var logTail = 200
    /// `logs.since`: how far back a log starts.
    public var logSince: LogSince = .all
    /// `exec.shell`: the shell for exec; nil is "auto" (bash if the container has it, else sh).
    public var execShell: String?
    /// `refresh.stats_seconds`: how often CPU and memory figures are sampled.
    public var statsSeconds: Double = 2
    /// `refresh.resync_seconds`: how often everything is listed again, besides the event stream.
    public var resyncSeconds: Double = 300
    /// `confirm.remove`: ask y/n before removing.
    public var confirmRemove = true
    /// `confirm.kill`: ask y/n before killing.
    public var confirmKill = true
    /// `[keys]`: the binding tables with the file's overrides applied.
    public var keymap = Keymap()

    public init() {}

    /// Every default, as used when there is no config file.
    public static let defaults = ResolvedSettings()

    /// Allowed values; a file value outside them warns and keeps the default.
    public static let logBufferRange = 100...1_000_000
    public static let logTailRange = 0...1_000_000
    public static let statsSecondsRange = 0.5...3_600.0
    public static let resyncSecondsRange = 10.0...86_400.0

    /// These settings with every value given on the command line put over them: flags win over the file,
    /// the file over defaults. A flag left out (nil) keeps the file's value.
    public func overridden(by flags: CommandLineOverrides) -> ResolvedSettings {
        var result = self
        if let host = flags.host { result.host = host }
        if let theme = flags.theme { result.theme = theme }
        if let readOnly = flags.readOnly { result.readOnly = readOnly }
        if let lines = flags.logBufferLines { result.logBufferLines = lines }
        if let tail = flags.logTail { result.logTail = tail }
        if let since = flags.logSince { result.logSince = since }
        if let shell = flags.execShell { result.execShell = Self.shellSetting(shell) }
        return result
    }

    /// "auto" (any case) means nil: detect the shell; anything else is used as given.
    public static func shellSetting(_ text: String) -> String? {
        text.lowercased() == "auto" ? nil : text
    }

    /// The settings the view-model reads (`AppState.Settings`), filled from these.
    public func appSettings(stopTimeout: Int? = nil) -> AppState.Settings {
        var settings = AppState.Settings()
        settings.logTail = logTail
        settings.logCapacity = logBufferLines
        settings.statsInterval = statsSeconds
        settings.resyncInterval = resyncSeconds
        settings.execShell = execShell
        settings.stopTimeout = stopTimeout
        if case .last(let seconds) = logSince { settings.logSinceSeconds = seconds }
        settings.confirmRemove = confirmRemove
        settings.confirmKill = confirmKill
        return settings
    }
}
