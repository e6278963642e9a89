/// Values: strings, numbers, booleans, arrays and inline tables.
extension TOMLParser {
    mutating func parseValue() throws(TOMLError) -> TOMLValue {
        let valueLine = line
        switch peek() {
        case "\"":
            if peek(1) == "\"", peek(2) == "\"" { throw error("multi-line strings (\"\"\") are not supported") }
            return TOMLValue(.string(try parseBasicString()), line: valueLine)
        case "'":
            if peek(1) == "'", peek(2) == "'" { throw error("multi-line strings (''') are not supported") }
            return TOMLValue(.string(try parseLiteralString()), line: valueLine)
        case "[":
            return TOMLValue(.array(try parseArray()), line: valueLine)
        case "{":
            return TOMLValue(.table(try parseInlineTable()), line: valueLine)
        case nil, "\n", "\r", "#":
            throw error("expected a value after =, found \(describeNext())")
        default:
            return TOMLValue(try parseBareValue(), line: valueLine)
        }
    }

    // MARK: Arrays and inline tables

    private mutating func parseArray() throws(TOMLError) -> [TOMLValue] {
        let openLine = line
        try enterNesting()
        defer { depth -= 1 }
        position += 1
        var values: [TOMLValue] = []
        while true {
            try skipArrayFiller(openLine: openLine)
            if peek() == "]" {
                position += 1
                return values
            }
            values.append(try parseValue())
            try skipArrayFiller(openLine: openLine)
            switch peek() {
            case ",":
                position += 1
            case "]":
                position += 1
                return values
            default:
                throw error("expected , or ] in the array opened on line \(openLine), found \(describeNext())")
            }
        }
    }

    /// Spaces, line ends and comments, all allowed between array elements.
    private mutating func skipArrayFiller(openLine: Int) throws(TOMLError) {
        while let scalar = peek() {
            switch scalar {
            case " ", "\t": position += 1
            case "\n", "\r": try consumeNewline()
            case "#": try skipComment()
            default: return
            }
        }
        throw TOMLError(file: file, line: openLine, message: "unterminated array: a closing ] is missing")
    }

    /// `{ key = value, other.key = value }` on one line, as TOML 1.0 requires.
    private mutating func parseInlineTable() throws(TOMLError) -> TOMLTable {
        let openLine = line
        try enterNesting()
        defer { depth -= 1 }
        position += 1
        let node = TOMLTableNode(origin: .inline, line: openLine)
        skipSpaces()
        if peek() == "}" {
            position += 1
            return node.frozen
        }
        while true {
            try requireInlineContent(openLine: openLine)
            try parseKeyValue(into: node)
            skipSpaces()
            try requireInlineContent(openLine: openLine)
            switch peek() {
            case ",":
                position += 1
                skipSpaces()
                if peek() == "}" { throw error("no trailing comma allowed in an inline table") }
            case "}":
                position += 1
                return node.frozen
            default:
                throw error("expected , or } in the inline table, found \(describeNext())")
            }
        }
    }

    private func requireInlineContent(openLine: Int) throws(TOMLError) {
        switch peek() {
        case nil:
            throw TOMLError(file: file, line: openLine, message: "unterminated inline table: a closing } is missing")
        case "\n", "\r":
            throw error("an inline table { … } must close on the line it opens")
        default:
            return
        }
    }

    private mutating func enterNesting() throws(TOMLError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("arrays and tables nested too deeply") }
    }

    // MARK: Booleans and numbers

    /// A run of characters up to the next delimiter, read as a boolean or a number.
    private mutating func parseBareValue() throws(TOMLError) -> TOMLValue.Kind {
        var token = ""
        while let scalar = peek(), !Self.delimiters.contains(scalar) {
            if scalar.isForbiddenControl { throw error("unexpected \(scalar.codeText)") }
            token.unicodeScalars.append(scalar)
            position += 1
        }
        guard !token.isEmpty else { throw error("expected a value, found \(describeNext())") }
        switch token {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: return try parseNumber(token)
        }
    }

    private static let delimiters: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", ",", "]", "}", "#", "="]

    private func parseNumber(_ token: String) throws(TOMLError) -> TOMLValue.Kind {
        let shown = "\"" + token.escapedForMessage + "\""
        if token.contains(":") || Self.looksLikeDate(token) {
            throw error("dates and times are not supported (got \(token.escapedForMessage)); quote it as a string")
        }
        let unsigned = token.hasPrefix("+") || token.hasPrefix("-") ? String(token.dropFirst()) : token
        let negative = token.hasPrefix("-")
        if unsigned == "inf" { return .float(negative ? -.infinity : .infinity) }
        if unsigned == "nan" { return .float(.nan) }
        guard let first = unsigned.unicodeScalars.first, ("0"..."9").contains(first) else {
            throw error("expected a value, found \(shown) (strings need quotes)")
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where unsigned.hasPrefix(prefix) {
            guard token == unsigned else { throw error("\(shown): a sign is not allowed on \(prefix) numbers") }
            let digits = String(unsigned.dropFirst(2))
            guard let cleaned = Self.withoutUnderscores(digits), cleaned.unicodeScalars.allSatisfy(\.isAlphanumericASCII),
                  let value = Int(cleaned, radix: radix) else {
                throw error("\(shown) is not a valid number, or too large")
            }
            return .integer(value)
        }
        guard let cleaned = Self.withoutUnderscores(unsigned) else {
            throw error("\(shown): an underscore must sit between two digits")
        }
        if cleaned.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
            guard cleaned == "0" || !cleaned.hasPrefix("0") else { throw error("\(shown): leading zeros are not allowed") }
            guard let value = Int(negative ? "-" + cleaned : cleaned) else { throw error("\(shown) is too large") }
            return .integer(value)
        }
        guard Self.isDecimalFloat(cleaned), let value = Double(cleaned) else {
            throw error("\(shown) is not a valid number")
        }
        return .float(negative ? -value : value)
    }

    /// The digits with `_` separators removed, or nil when an underscore is not between two digits.
    private static func withoutUnderscores(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == "_" {
                guard index > 0, index < scalars.count - 1, scalars[index - 1].isAlphanumericASCII,
                      scalars[index + 1].isAlphanumericASCII else { return nil }
                continue
            }
            result.append(scalar)
        }
        return result.isEmpty ? nil : String(result)
    }

    /// `1.5`, `1e6`, `2.5E-3`: digits, an optional fraction, an optional exponent, at least one of the two.
    private static func isDecimalFloat(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index - start
        }
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || scalars[0] != "0" else { return false }
        var hasFraction = false, hasExponent = false
        if index < scalars.count, scalars[index] == "." {
            index += 1
            guard digits() > 0 else { return false }
            hasFraction = true
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            index += 1
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { index += 1 }
            guard digits() > 0 else { return false }
            hasExponent = true
        }
        return index == scalars.count && (hasFraction || hasExponent)
    }

    /// `1979-05-27`: four digits and a dash.
    private static func looksLikeDate(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars.prefix(5))
        return scalars.count == 5 && scalars[0..<4].allSatisfy { ("0"..."9").contains($0) } && scalars[4] == "-"
    }
}
