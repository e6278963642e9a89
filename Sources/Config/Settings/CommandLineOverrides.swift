/// The settings given on the command line; nil means "not given", so the config file's value stays.
/// (`refresh.*`, `confirm.*` and `[keys]` are file-only, so they have no field here.)
/// A boolean flag such as `--read-only` should pass `true` when present and nil when absent.
public struct CommandLineOverrides: Sendable, Equatable {
    public var host: String?
    public var theme: String?
    public var readOnly: Bool?
    public var logBufferLines: Int?
    public var logTail: Int?
    public var logSince: LogSince?
    /// A shell path, or "auto".
    public var execShell: String?

    public init(
        host: String? = nil, theme: String? = nil, readOnly: Bool? = nil, logBufferLines: Int? = nil,
        logTail: Int? = nil, logSince: LogSince? = nil, execShell: String? = nil
    ) {
        self.host = host
        self.theme = theme
        self.readOnly = readOnly
        self.logBufferLines = logBufferLines
        self.logTail = logTail
        self.logSince = logSince
        self.execShell = execShell
    }
}
