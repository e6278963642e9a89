import TermRender

/// Resolves `--theme NAME|PATH` (or the config's `theme`): a path when the text contains "/" or ends in ".toml";
/// otherwise a name, looked up as `$XDG_CONFIG_HOME/swdash/themes/NAME.toml`, then among the bundled themes.
/// Never fails: whatever cannot be found or read gives a warning and the default theme.
public struct ThemeLoader: Sendable {
    /// The name of the theme used when none is chosen.
    public static let defaultName = "default"

    public var paths: ConfigPaths
    /// `HOME`, for expanding `~/` in theme paths.
    public var home: String?

    public init(environment: [String: String]) {
        self.paths = ConfigPaths(environment: environment)
        self.home = environment["HOME"]
    }

    /// The theme `spec` names, with any warnings.
    public func load(_ spec: String) -> ThemeLoad {
        let trimmed = spec.trimmingSpaces
        guard !trimmed.isEmpty else { return Self.bundled(Self.defaultName) ?? Self.builtIn(warnings: []) }
        if trimmed.contains("/") || trimmed.hasSuffix(".toml") { return loadFile(expandingHome(trimmed)) }
        if let directory = paths.themesDirectory {
            let path = ConfigPaths.joined(directory, trimmed + ".toml")
            switch ConfigFileReader.read(path) {
            case .missing:
                break
            case .unreadable(let reason):
                return Self.builtIn(warnings: [fileWarning(path, Self.unreadable(reason))])
            case .contents(let bytes):
                return ThemeDecoder.decode(bytes, name: trimmed, file: path)
            }
        }
        if let bundled = Self.bundled(trimmed) { return bundled }
        let hint = paths.themesDirectory.map { "; or put \(trimmed).toml in \($0)" } ?? ""
        let message = "no theme named \"\(trimmed.escapedForMessage)\" (bundled: "
            + BundledThemes.names.joined(separator: ", ") + hint + ") — using the default theme"
        return Self.builtIn(warnings: [ConfigWarning(file: "theme", line: nil, key: nil, message: message)])
    }

    /// Theme names to offer (`:theme` completion): the user's themes, then the bundled ones, without repeats.
    public func availableNames() -> [String] {
        let user = paths.themesDirectory.map(ConfigFileReader.tomlStems(in:)) ?? []
        return (user + BundledThemes.names).uniqued
    }

    /// One of the themes shipped with swdash, decoded from the copy embedded in the binary.
    public static func bundled(_ name: String) -> ThemeLoad? {
        guard let text = BundledThemes.text(named: name) else { return nil }
        return ThemeDecoder.decode(text, name: name, file: name + ".toml", source: .bundled(name))
    }

    private func loadFile(_ path: String) -> ThemeLoad {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let stem = name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
        switch ConfigFileReader.read(path) {
        case .missing:
            return Self.builtIn(warnings: [fileWarning(path, "no theme file at \(path) — using the default theme")])
        case .unreadable(let reason):
            return Self.builtIn(warnings: [fileWarning(path, Self.unreadable(reason))])
        case .contents(let bytes):
            return ThemeDecoder.decode(bytes, name: stem, file: path)
        }
    }

    private static func unreadable(_ reason: String) -> String {
        "cannot read the theme (\(reason)) — using the default theme"
    }

    private func expandingHome(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home else { return path }
        return ConfigPaths.joined(home, String(path.dropFirst(2)))
    }

    private func fileWarning(_ path: String, _ message: String) -> ConfigWarning {
        ConfigWarning(file: path, line: nil, key: nil, message: message)
    }

    private static func builtIn(warnings: [ConfigWarning]) -> ThemeLoad {
        ThemeLoad(theme: Theme(name: defaultName, styles: Theme.defaultDark.styles), warnings: warnings, source: .builtIn)
    }
}
