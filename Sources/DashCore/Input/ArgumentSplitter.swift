/// Splits a typed command line into an argument vector the way a shell would quote it (spaces separate;
/// single quotes, double quotes and backslashes group), without ever running a shell.
public enum ArgumentSplitter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote(Character)
        case empty

        public var description: String {
            switch self {
            case .unterminatedQuote(let quote): "unterminated \(quote) quote"
            case .empty: "no command given"
            }
        }
    }

    public static func split(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case (nil, "\\"), ("\"", "\\"):
                escaped = true
                inWord = true
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (let open?, let close) where open == close:
                quote = nil
            case (nil, let c) where c == " " || c == "\t":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw .unterminatedQuote(quote) }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        if words.isEmpty { throw .empty }
        return words
    }
}
