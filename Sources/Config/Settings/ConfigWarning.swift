/// A problem in a config or theme file that swdash works around (a default is used instead); shown to the user,
/// never fatal. Reads like a compiler message:
/// `config.toml:12: logs.tail: expected a whole number, got "abc" — using 200`.
public struct ConfigWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file the warning is about, as it was opened (a path, or a bundled theme's name).
    public var file: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// The dotted key (`logs.tail`, `keys.containers.stop`, `roles.row_selected.fg`), when one is to blame.
    public var key: String?
    /// What was wrong and what swdash does instead.
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// The warning with the file shown by its last path component, as on the status line.
    public var description: String {
        var text = fileName
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += key + ": " }
        return text + message
    }

    /// The last path component of `file`.
    public var fileName: String {
        file.split(separator: "/").last.map(String.init) ?? file
    }
}
