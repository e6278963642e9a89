/// Where swdash looks for its files, following the XDG base directory rules:
/// `$XDG_CONFIG_HOME/swdash` when that is an absolute path, else `$HOME/.config/swdash`.
public struct ConfigPaths: Sendable, Equatable {
    /// The swdash config directory, or nil when neither variable gives one.
    public var directory: String?

    public init(environment: [String: String]) {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            directory = Self.joined(xdg, "swdash")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            directory = Self.joined(home, ".config/swdash")
        } else {
            directory = nil
        }
    }

    /// `…/swdash/config.toml`
    public var configFile: String? { directory.map { Self.joined($0, "config.toml") } }

    /// `…/swdash/themes`, where user themes live.
    public var themesDirectory: String? { directory.map { Self.joined($0, "themes") } }

    static func joined(_ base: String, _ component: String) -> String {
        base.hasSuffix("/") ? base + component : base + "/" + component
    }
}
