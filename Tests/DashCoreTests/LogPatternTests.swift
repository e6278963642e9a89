import Testing
@testable import DashCore

@Suite struct LogPatternTests {
    func pattern(_ text: String) throws -> LogPattern { try LogPattern(text) }

    @Test func smartCase() throws {
        #expect(try pattern("error").found(in: "An ERROR here"))
        #expect(try !pattern("Error").found(in: "An ERROR here"))
        #expect(try pattern("Error").found(in: "An Error here"))
        #expect(try pattern("é").found(in: "CAFÉ"))  // non-ASCII ignores case through the regex engine
        #expect(try !pattern("É").found(in: "café"))
    }

    @Test func regularExpressions() throws {
        #expect(try pattern("^GET /api/[a-z]+ ").found(in: "GET /api/orders HTTP/1.1"))
        #expect(try !pattern("^GET /api/[a-z]+ ").found(in: "POST /api/orders HTTP/1.1"))
        #expect(try pattern("5\\d\\d").found(in: "status=503"))
        #expect(try pattern("a.c").found(in: "xabcx") && !pattern("a\\.c").found(in: "xabcx"))
    }

    @Test func invalidRegexIsAnErrorNotACrash() {
        for text in ["err(", "[a-", "*x", "a{2,1}", "(?<n>"] {
            #expect(throws: LogPatternError.self, "\(text)") { try LogPattern(text) }
        }
        do {
            _ = try LogPattern("err(")
        } catch {
            #expect(error.description.hasPrefix("invalid regular expression err("))
        }
        #expect(throws: LogPatternError.empty) { try LogPattern("!") }
    }

    @Test func inversionAndEscapedBang() throws {
        let inverted = try pattern("!debug")
        #expect(inverted.inverted && inverted.source == "!debug")
        #expect(inverted.keeps("error: disk full") && !inverted.keeps("debug: tick"))
        #expect(inverted.ranges(in: "debug", limit: 100).isEmpty)
        let bang = try pattern("\\!x")
        #expect(!bang.inverted && bang.found(in: "say !x"))  // "\!" at the start is a literal "!"
        #expect(!bang.found(in: "x"))
    }

    @Test func rangesForHighlighting() throws {
        #expect(try pattern("ab").ranges(in: "ab xAB ab", limit: 100) == [0..<2, 4..<6, 7..<9])
        #expect(try pattern("ab").ranges(in: "ab xAB ab", limit: 5) == [0..<2, 4..<6])
        #expect(try pattern("本").ranges(in: "日本語 本", limit: 100) == [3..<6, 10..<13])
        #expect(try pattern("[0-9]+").ranges(in: "a1 b22 c", limit: 100) == [1..<2, 4..<6])
        #expect(try pattern("x*").ranges(in: "abc", limit: 100).isEmpty)  // empty matches are not highlighted
    }

    @Test func literalAndRegexPathsAgree() throws {
        var random = SeededRandom(seed: 7)
        let alphabet = Array("abcABC xyz-日")
        for _ in 0..<500 {
            let text = String((0..<random.next(below: 30)).map { _ in alphabet[random.next(below: alphabet.count)] })
            let needle = String((0..<(1 + random.next(below: 3))).map { _ in alphabet[random.next(below: 6)] })
            // "(?:…)" forces the regex engine for the same search.
            let literal = try pattern(needle)
            let regex = try pattern("(?:\(needle))")
            #expect(literal.found(in: text) == regex.found(in: text), "\(needle) in \(text)")
            #expect(literal.ranges(in: text, limit: 1000) == regex.ranges(in: text, limit: 1000), "\(needle) in \(text)")
        }
    }

    @Test func prefixEndsOnACharacterBoundary() {
        #expect(LogPattern.prefix("日本語", bytes: 4) == "日")
        #expect(LogPattern.prefix("e\u{301}x", bytes: 2) == "")
        #expect(LogPattern.prefix("abc", bytes: 10) == "abc")
    }
}
