/// The outcome of reading the config file: settings that are always usable, plus what to tell the user.
public struct ConfigLoad: Sendable, Equatable {
    /// Defaults, with every value the file gave correctly put over them.
    public var settings: ResolvedSettings
    /// Bad values, unknown keys, key conflicts, an unreadable file; empty when all is well or there is no file.
    public var warnings: [ConfigWarning]
    /// The file that was read, or nil when there was none (or no config directory could be found).
    public var path: String?

    public init(settings: ResolvedSettings = .defaults, warnings: [ConfigWarning] = [], path: String? = nil) {
        self.settings = settings
        self.warnings = warnings
        self.path = path
    }
}
