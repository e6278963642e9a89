/// Basic ("…", with escapes) and literal ('…', as written) single-line strings.
extension TOMLParser {
    /// Parses `"…"` starting at the opening quote.
    mutating func parseBasicString() throws(TOMLError) -> String {
        let startLine = line
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw TOMLError(file: file, line: startLine, message: "unterminated string: a closing \" is missing")
            }
            position += 1
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                result.append(try parseEscape())
            default:
                if scalar.isForbiddenControl {
                    throw error("control character \(scalar.codeText) in a string; write it as an escape")
                }
                result.append(scalar)
            }
        }
    }

    /// Parses `'…'` starting at the opening quote; no escapes.
    mutating func parseLiteralString() throws(TOMLError) -> String {
        let startLine = line
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw TOMLError(file: file, line: startLine, message: "unterminated string: a closing ' is missing")
            }
            position += 1
            if scalar == "'" { return String(result) }
            if scalar.isForbiddenControl { throw error("control character \(scalar.codeText) in a string") }
            result.append(scalar)
        }
    }

    /// The character after a backslash: `\b \t \n \f \r \" \\ \e \uXXXX \UXXXXXXXX`.
    private mutating func parseEscape() throws(TOMLError) -> Unicode.Scalar {
        guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
            throw error("unterminated string: a closing \" is missing")
        }
        position += 1
        switch scalar {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u": return try parseUnicodeEscape(digits: 4)
        case "U": return try parseUnicodeEscape(digits: 8)
        default:
            let shown = scalar.isForbiddenControl ? scalar.codeText : String(scalar)
            throw error("invalid escape \\\(shown) in a string (use \\\\ for a backslash)")
        }
    }

    private mutating func parseUnicodeEscape(digits: Int) throws(TOMLError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let scalar = peek(), let digit = scalar.hexDigitValue else {
                throw error("\\\(digits == 4 ? "u" : "U") needs \(digits) hex digits")
            }
            value = value * 16 + digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("\\u escape \(String(value, radix: 16, uppercase: true)) is not a Unicode scalar value")
        }
        return scalar
    }
}
