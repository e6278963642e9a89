import DashCore

/// Turns a parsed config document into `ResolvedSettings`: each good value is taken, each bad one keeps its
/// default and adds a warning naming the line and key; unknown keys are warnings too.
struct SettingsDecoder {
    /// The file name warnings carry.
    let file: String
    private(set) var warnings: [ConfigWarning] = []

    init(file: String) {
        self.file = file
    }

    /// Every setting key the file may contain, by section ("" is the top level). `[keys]` is handled apart.
    static let knownKeys: [(section: String, keys: [String])] = [
        ("", ["host", "theme", "read_only"]),
        ("logs", ["buffer_lines", "tail", "since"]),
        ("exec", ["shell"]),
        ("refresh", ["stats_seconds", "resync_seconds"]),
        ("confirm", ["remove", "kill"]),
    ]

    /// Every key as written in messages and docs: `host`, `logs.tail`, … (without `keys`).
    static var allKeyPaths: [String] {
        knownKeys.flatMap { section, keys in keys.map { section.isEmpty ? $0 : section + "." + $0 } }
    }

    mutating func decode(_ document: TOMLTable) -> ResolvedSettings {
        var settings = ResolvedSettings()
        let defaults = ResolvedSettings.defaults
        for entry in document.entries {
            let value = entry.value
            switch entry.key {
            case "host": settings.host = host(value, key: "host")
            case "theme": settings.theme = theme(value, key: "theme", default: defaults.theme)
            case "read_only": settings.readOnly = flag(value, key: "read_only", default: defaults.readOnly)
            case "logs":
                forEach(in: value, section: "logs") { decoder, key, value in
                    switch key {
                    case "buffer_lines":
                        settings.logBufferLines = decoder.wholeNumber(
                            value, key: "logs.buffer_lines", range: ResolvedSettings.logBufferRange,
                            default: defaults.logBufferLines)
                    case "tail":
                        settings.logTail = decoder.wholeNumber(
                            value, key: "logs.tail", range: ResolvedSettings.logTailRange, default: defaults.logTail)
                    case "since": settings.logSince = decoder.since(value, key: "logs.since", default: defaults.logSince)
                    default: decoder.unknown(key, in: "logs", line: value.line)
                    }
                }
            case "exec":
                forEach(in: value, section: "exec") { decoder, key, value in
                    if key == "shell" {
                        settings.execShell = decoder.shell(value, key: "exec.shell", default: defaults.execShell)
                    } else {
                        decoder.unknown(key, in: "exec", line: value.line)
                    }
                }
            case "refresh":
                forEach(in: value, section: "refresh") { decoder, key, value in
                    switch key {
                    case "stats_seconds":
                        settings.statsSeconds = decoder.seconds(
                            value, key: "refresh.stats_seconds", range: ResolvedSettings.statsSecondsRange,
                            default: defaults.statsSeconds)
                    case "resync_seconds":
                        settings.resyncSeconds = decoder.seconds(
                            value, key: "refresh.resync_seconds", range: ResolvedSettings.resyncSecondsRange,
                            default: defaults.resyncSeconds)
                    default: decoder.unknown(key, in: "refresh", line: value.line)
                    }
                }
            case "confirm":
                forEach(in: value, section: "confirm") { decoder, key, value in
                    switch key {
                    case "remove": settings.confirmRemove = decoder.flag(value, key: "confirm.remove", default: true)
                    case "kill": settings.confirmKill = decoder.flag(value, key: "confirm.kill", default: true)
                    default: decoder.unknown(key, in: "confirm", line: value.line)
                    }
                }
            case "keys":
                guard let table = value.table else {
                    warn(value, key: "keys", "expected a table ([keys]), got \(value.shortText) — using the default keys")
                    continue
                }
                var builder = KeymapBuilder(file: file)
                settings.keymap = builder.build(from: table)
                warnings += builder.warnings
            default:
                unknown(entry.key, in: "", line: value.line)
            }
        }
        return settings
    }

    /// Calls `body` for every entry of the section table, or warns when the section is not a table.
    private mutating func forEach(
        in value: TOMLValue, section: String, _ body: (inout SettingsDecoder, String, TOMLValue) -> Void
    ) {
        guard let table = value.table else {
            warn(value, key: section, "expected a table ([\(section)]), got \(value.shortText) — using its defaults")
            return
        }
        for entry in table.entries { body(&self, entry.key, entry.value) }
    }

    /// An unknown key: a warning, with a hint when the key belongs to another section.
    mutating func unknown(_ key: String, in section: String, line: Int) {
        let parts = section.isEmpty ? [key] : [section, key]
        var message = "unknown setting, ignored"
        if let meant = Self.allKeyPaths.first(where: { $0.split(separator: ".").last.map(String.init) == key }) {
            message += " (did you mean \(meant)?)"
        }
        warnings.append(ConfigWarning(file: file, line: line, key: TOMLTable.dottedPath(parts), message: message))
    }

    mutating func warn(_ value: TOMLValue, key: String, _ message: String) {
        warnings.append(ConfigWarning(file: file, line: value.line, key: key, message: message))
    }
}
