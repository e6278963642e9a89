/// What `/` (search) and `&` (filter) look for in log lines.
///
/// - Regular expressions (Swift `Regex` syntax); text without regex metacharacters is matched as plain text,
///   byte by byte, which is much faster.
/// - Smart case: without an uppercase letter the pattern ignores case; with one it matches case exactly.
/// - A leading `!` inverts it: the lines that do not match (`\!` matches a literal "!" at the start).
public struct LogPattern: Sendable {
    /// The pattern as typed, `!` included: what the title shows and the prompt offers for editing.
    public let source: String
    public let inverted: Bool
    public let ignoresCase: Bool
    private let matcher: Matcher

    private enum Matcher: @unchecked Sendable {
        // @unchecked: a compiled Regex is immutable once built; it is only ever read, from any task.
        case literal([UInt8])
        case asciiFolded([UInt8])
        case regex(Regex<AnyRegexOutput>)
    }

    /// Lines longer than this are matched on their first `regexLimit` bytes only, so that one huge line cannot
    /// stall the dashboard inside a regular expression.
    public static let regexLimit = 64 * 1024

    /// Compiles `text`; an invalid regular expression is an error in user words.
    public init(_ text: String) throws(LogPatternError) {
        source = text
        var body = Substring(text)
        inverted = body.hasPrefix("!")
        if inverted { body = body.dropFirst() } else if body.hasPrefix("\\!") { body = body.dropFirst() }
        guard !body.isEmpty else { throw .empty }
        ignoresCase = !body.contains(where: \.isUppercase)
        let isLiteral = !body.contains(where: { "\\^$.|?*+()[]{}".contains($0) })
        if isLiteral && !ignoresCase {
            matcher = .literal(Array(body.utf8))
        } else if isLiteral && body.allSatisfy(\.isASCII) {
            matcher = .asciiFolded(Array(body.lowercased().utf8))
        } else {
            do {
                let regex = try Regex(String(body))
                matcher = .regex(ignoresCase ? regex.ignoresCase() : regex)
            } catch {
                throw .invalid(pattern: String(body), reason: Self.shortReason(error))
            }
        }
    }

    /// Whether `text` contains a match (ignoring `inverted`).
    public func found(in text: String) -> Bool {
        switch matcher {
        case .literal(let needle): return Self.firstByteMatch(needle, in: text, fold: false, from: 0, limit: .max) != nil
        case .asciiFolded(let needle): return Self.firstByteMatch(needle, in: text, fold: true, from: 0, limit: .max) != nil
        case .regex(let regex):
            let limited = text.utf8.count > Self.regexLimit ? Self.prefix(text, bytes: Self.regexLimit) : Substring(text)
            return (try? regex.firstMatch(in: limited)) != nil
        }
    }

    /// Whether a filter with this pattern keeps `text` (or a search finds it): a match, or with `!` no match.
    public func keeps(_ text: String) -> Bool {
        found(in: text) != inverted
    }

    /// The matches in the first `limit` bytes of `text`, as UTF-8 offset ranges, for highlighting. Empty matches
    /// and (for inverted patterns) everything are left out.
    public func ranges(in text: String, limit: Int) -> [Range<Int>] {
        guard !inverted else { return [] }
        var result: [Range<Int>] = []
        switch matcher {
        case .literal(let needle), .asciiFolded(let needle):
            let fold: Bool
            if case .asciiFolded = matcher { fold = true } else { fold = false }
            var from = 0
            while from < limit, let start = Self.firstByteMatch(needle, in: text, fold: fold, from: from, limit: limit) {
                result.append(start..<(start + needle.count))
                from = start + needle.count
            }
        case .regex(let regex):
            let scope = Self.prefix(text, bytes: min(limit, Self.regexLimit))
            for match in scope.matches(of: regex) where !match.range.isEmpty {
                let lower = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
                let upper = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
                result.append(lower..<upper)
            }
        }
        return result
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends on a character boundary.
    static func prefix(_ text: String, bytes: Int) -> Substring {
        guard text.utf8.count > bytes else { return Substring(text) }
        var end = text.utf8.index(text.startIndex, offsetBy: max(0, bytes))
        while end > text.startIndex, end.samePosition(in: text.unicodeScalars) == nil {
            end = text.utf8.index(before: end)
        }
        while end > text.startIndex, end.samePosition(in: text) == nil {
            end = text.unicodeScalars.index(before: end)
        }
        return text[..<end]
    }

    /// The byte offset of the first occurrence of `needle` in `text` starting at or after `from` and before
    /// `limit`; with `fold`, ASCII letters of `text` are lowercased first (the needle is already lowercase).
    private static func firstByteMatch(_ needle: [UInt8], in text: String, fold: Bool, from: Int, limit: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var text = text
        return text.withUTF8 { haystack -> Int? in
            let count = haystack.count
            guard count - from >= needle.count else { return nil }
            let first = needle[0]
            var index = max(0, from)
            let last = min(count - needle.count, limit - 1)
            while index <= last {
                let byte = fold ? lowered(haystack[index]) : haystack[index]
                if byte == first {
                    var matched = true
                    for offset in 1..<needle.count {
                        let candidate = fold ? lowered(haystack[index + offset]) : haystack[index + offset]
                        if candidate != needle[offset] {
                            matched = false
                            break
                        }
                    }
                    if matched { return index }
                }
                index += 1
            }
            return nil
        }
    }

    @inline(__always)
    private static func lowered(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// The first line of a regex parser's complaint, without the pattern echoed back.
    private static func shortReason(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}

extension LogPattern: Equatable {
    public static func == (lhs: LogPattern, rhs: LogPattern) -> Bool {
        lhs.source == rhs.source
    }
}

/// Why a typed pattern cannot be used.
public enum LogPatternError: Error, Equatable, CustomStringConvertible {
    case empty
    case invalid(pattern: String, reason: String)

    public var description: String {
        switch self {
        case .empty: "empty pattern"
        case .invalid(let pattern, let reason): "invalid regular expression \(pattern): \(reason)"
        }
    }
}
