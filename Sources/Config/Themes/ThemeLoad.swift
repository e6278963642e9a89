import TermRender

/// A theme ready to use, where it came from, and what could not be read from it (those parts use the default).
public struct ThemeLoad: Sendable, Equatable {
    /// Where a theme came from.
    public enum Source: Sendable, Equatable {
        /// One of the theme files shipped with swdash (embedded in the binary).
        case bundled(String)
        /// A file on disk: a user theme or a path given with `--theme`.
        case file(String)
        /// Nothing usable was found; the compiled-in default.
        case builtIn
    }

    public var theme: Theme
    public var warnings: [ConfigWarning]
    public var source: Source

    public init(theme: Theme, warnings: [ConfigWarning], source: Source) {
        self.theme = theme
        self.warnings = warnings
        self.source = source
    }
}
