/// Why a TOML document could not be read: the file, the line and what was wrong there.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name as given to the parser (used only for messages).
    public var file: String
    /// The 1-based line of the problem.
    public var line: Int
    /// What was wrong, in user words.
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `config.toml:12: unterminated string`
    public var description: String { "\(file):\(line): \(message)" }
}
