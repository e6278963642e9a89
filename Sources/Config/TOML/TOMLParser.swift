/// Our own reader for the TOML subset swdash needs (no package dependency): comments, `[table]` and
/// `[table.sub]` headers, bare, quoted and dotted keys, basic and literal strings, integers, floats, booleans,
/// arrays (also over several lines) and inline tables. Dates, multi-line strings and `[[arrays of tables]]`
/// are refused with a clear message. Every failure is a `TOMLError` naming the line; hostile input never crashes.
public struct TOMLParser {
    /// Arrays, inline tables and key paths deeper than this are refused (keeps recursion bounded).
    static let maximumDepth = 32

    let scalars: [Unicode.Scalar]
    let file: String
    var position = 0
    var line = 1
    var depth = 0
    private let root = TOMLTableNode(origin: .root, line: 0)
    private var current: TOMLTableNode

    init(scalars: [Unicode.Scalar], file: String) {
        self.scalars = scalars.first == "\u{FEFF}" ? Array(scalars.dropFirst()) : scalars
        self.file = file
        self.current = root
    }

    /// Parses a document from raw bytes; bytes that are not UTF-8 are an error naming their line.
    public static func parse(_ bytes: [UInt8], file: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(scalars: try decodeUTF8(bytes, file: file), file: file)
        return try parser.parseDocument()
    }

    /// Parses a document from text.
    public static func parse(_ text: String, file: String) throws(TOMLError) -> TOMLTable {
        var parser = TOMLParser(scalars: Array(text.unicodeScalars), file: file)
        return try parser.parseDocument()
    }

    static func decodeUTF8(_ bytes: [UInt8], file: String) throws(TOMLError) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                scalars.append(scalar)
            case .emptyInput:
                return scalars
            case .error:
                throw TOMLError(file: file, line: line, message: "not valid UTF-8 text (a bad byte on this line)")
            }
        }
    }

    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t":
                position += 1
            case "\n", "\r":
                try consumeNewline()
            case "#":
                try skipComment()
            case "[":
                try parseHeader()
                try expectLineEnd(after: "the table header")
            default:
                try parseKeyValue(into: current)
                try expectLineEnd(after: "the value")
            }
        }
        return root.frozen
    }

    // MARK: Headers and key/value pairs

    private mutating func parseHeader() throws(TOMLError) {
        let headerLine = line
        position += 1
        if peek() == "[" { throw error("arrays of tables ([[…]]) are not supported") }
        skipSpaces()
        let path = try parseKeyPath()
        skipSpaces()
        guard peek() == "]" else { throw error("expected ] to close the table header, found \(describeNext())") }
        position += 1
        var table = root
        for (index, key) in path.enumerated() {
            let shown = TOMLTable.dottedPath(Array(path[...index]))
            let isLast = index == path.count - 1
            switch table[key] {
            case nil:
                let node = TOMLTableNode(origin: isLast ? .header : .implicit, line: headerLine)
                table.set(.table(node), for: key)
                table = node
            case .value(let value):
                throw error(Self.notExtensible(shown, value))
            case .table(let node):
                if isLast {
                    switch node.origin {
                    case .header: throw error("table [\(shown)] is defined twice (first on line \(node.line))")
                    case .dotted: throw error("table [\(shown)] was already defined by dotted keys on line \(node.line)")
                    default:
                        node.origin = .header
                        node.line = headerLine
                    }
                }
                table = node
            }
        }
        current = table
    }

    /// `key = value`, with the key possibly dotted; the value goes into `table`.
    mutating func parseKeyValue(into table: TOMLTableNode) throws(TOMLError) {
        let keyLine = line
        let path = try parseKeyPath()
        skipSpaces()
        guard peek() == "=" else {
            throw error("expected = after \(TOMLTable.dottedPath(path)), found \(describeNext())")
        }
        position += 1
        skipSpaces()
        let value = try parseValue()
        var target = table
        for (index, key) in path.dropLast().enumerated() {
            let shown = TOMLTable.dottedPath(Array(path[...index]))
            switch target[key] {
            case nil:
                let node = TOMLTableNode(origin: .dotted, line: keyLine)
                target.set(.table(node), for: key)
                target = node
            case .table(let node) where node.origin == .dotted:
                target = node
            case .table(let node):
                throw TOMLError(
                    file: file, line: keyLine,
                    message: "\(shown) is already a table (line \(node.line)); dotted keys cannot add to it here")
            case .value(let existing):
                throw TOMLError(file: file, line: keyLine, message: Self.notExtensible(shown, existing))
            }
        }
        guard let last = path.last else { throw error("expected a key") }
        if let existing = target[last] {
            throw TOMLError(
                file: file, line: keyLine,
                message: "duplicate key \(TOMLTable.dottedPath(path)) (first defined on line \(existing.line))")
        }
        target.set(.value(value), for: last)
    }

    private static func notExtensible(_ shown: String, _ value: TOMLValue) -> String {
        value.table != nil
            ? "\(shown) is an inline table (line \(value.line)) and cannot be extended"
            : "\(shown) is already a value (line \(value.line)), not a table"
    }

    /// `a`, `"quoted key"`, `'literal'` and dotted paths of them: `logs.tail`, `keys."my key"`.
    private mutating func parseKeyPath() throws(TOMLError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            parts.append(try parseSimpleKey())
            guard parts.count <= Self.maximumDepth else { throw error("key path is too deep") }
            skipSpaces()
            guard peek() == "." else { return parts }
            position += 1
        }
    }

    private mutating func parseSimpleKey() throws(TOMLError) -> String {
        switch peek() {
        case "\"":
            if peek(1) == "\"", peek(2) == "\"" { throw error("a key cannot be a multi-line string") }
            return try parseBasicString()
        case "'":
            if peek(1) == "'", peek(2) == "'" { throw error("a key cannot be a multi-line string") }
            return try parseLiteralString()
        default:
            var key = String.UnicodeScalarView()
            while let scalar = peek(), scalar.isBareKeyScalar {
                key.append(scalar)
                position += 1
            }
            guard !key.isEmpty else { throw error("expected a key, found \(describeNext())") }
            return String(key)
        }
    }

    // MARK: Whitespace, comments, line ends

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < scalars.count ? scalars[index] : nil
    }

    mutating func skipSpaces() {
        while let scalar = peek(), scalar == " " || scalar == "\t" { position += 1 }
    }

    /// Consumes `\n` or `\r\n`; a lone carriage return is an error.
    mutating func consumeNewline() throws(TOMLError) {
        if peek() == "\r" {
            guard peek(1) == "\n" else { throw error("a carriage return must be followed by a line feed") }
            position += 1
        }
        position += 1
        line += 1
    }

    /// `# …` up to (not including) the line end; control characters other than tab are refused.
    mutating func skipComment() throws(TOMLError) {
        position += 1
        while let scalar = peek(), scalar != "\n" {
            if scalar == "\r", peek(1) == "\n" { return }
            if scalar.isForbiddenControl { throw error("control character \(scalar.codeText) in a comment") }
            position += 1
        }
    }

    /// After a value or header only spaces and a comment may follow on the line.
    private mutating func expectLineEnd(after what: String) throws(TOMLError) {
        skipSpaces()
        if peek() == "#" { try skipComment() }
        guard let scalar = peek() else { return }
        guard scalar == "\n" || scalar == "\r" else {
            throw error("unexpected \(describeNext()) after \(what); expected the end of the line")
        }
        try consumeNewline()
    }

    func error(_ message: String) -> TOMLError {
        TOMLError(file: file, line: line, message: message)
    }

    /// The next character as a message shows it: `"x"`, `U+0001`, `the end of the line`, `the end of the file`.
    func describeNext() -> String {
        guard let scalar = peek() else { return "the end of the file" }
        if scalar == "\n" || scalar == "\r" { return "the end of the line" }
        if scalar.isForbiddenControl || scalar == "\t" || scalar.properties.generalCategory == .format {
            return scalar.codeText
        }
        return "\"" + String(scalar).escapedForMessage + "\""
    }
}
