/// Reads swdash's optional config file. Never fails: a missing file gives the defaults silently; an unreadable
/// or unparsable one gives the defaults and one warning; a bad value keeps its default and warns about that key.
public enum ConfigLoader {
    /// Loads `$XDG_CONFIG_HOME/swdash/config.toml` (default `~/.config/swdash/config.toml`).
    public static func load(environment: [String: String]) -> ConfigLoad {
        guard let path = ConfigPaths(environment: environment).configFile else { return ConfigLoad() }
        return load(path: path)
    }

    /// Loads the file at `path` (for a `--config PATH` flag or tests); a missing file is not a warning.
    public static func load(path: String) -> ConfigLoad {
        switch ConfigFileReader.read(path) {
        case .missing:
            return ConfigLoad()
        case .unreadable(let reason):
            let warning = ConfigWarning(
                file: path, line: nil, key: nil, message: "cannot read \(path) (\(reason)) — using the defaults")
            return ConfigLoad(warnings: [warning], path: path)
        case .contents(let bytes):
            return decode(bytes, file: path)
        }
    }

    /// Decodes config text; `file` names it in warnings.
    public static func decode(_ bytes: [UInt8], file: String) -> ConfigLoad {
        let document: TOMLTable
        do {
            document = try TOMLParser.parse(bytes, file: file)
        } catch {
            let message = error.message + " — the file is ignored, using the defaults"
            let warning = ConfigWarning(file: file, line: error.line, key: nil, message: message)
            return ConfigLoad(warnings: [warning], path: file)
        }
        var decoder = SettingsDecoder(file: file)
        let settings = decoder.decode(document)
        return ConfigLoad(settings: settings, warnings: decoder.warnings, path: file)
    }

    /// Decodes config text given as a string.
    public static func decode(_ text: String, file: String) -> ConfigLoad {
        decode(Array(text.utf8), file: file)
    }
}
