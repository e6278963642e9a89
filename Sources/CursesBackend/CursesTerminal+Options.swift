import TermRender

extension CursesTerminal {
    /// How to set the terminal up.
    public struct Options: Sendable {
        /// False for NO_COLOR (see `colorAllowed(environment:)`): attributes only, roles from `Theme.monochrome`.
        public var useColor: Bool
        /// Role colours; ignored (monochrome is used) when colour is off or the terminal has none.
        public var theme: Theme
        /// How long a lone Esc waits for the rest of an escape sequence; small so Esc feels instant.
        public var escapeDelayMilliseconds: Int

        public init(useColor: Bool = true, theme: Theme = .defaultDark, escapeDelayMilliseconds: Int = 25) {
            self.useColor = useColor
            self.theme = theme
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }

        /// The NO_COLOR convention (no-color.org): colour is off when NO_COLOR is set to a non-empty value.
        public static func colorAllowed(environment: [String: String]) -> Bool {
            (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
