import Testing
@testable import Config

/// Broken and hostile input: always a `TOMLError` naming the right line, never a crash.
@Suite struct TOMLHostileInputTests {
    /// The error for `text`, which must not parse.
    private func failure(_ text: String) -> TOMLError? {
        failure(bytes: Array(text.utf8))
    }

    private func failure(bytes: [UInt8]) -> TOMLError? {
        do {
            _ = try TOMLParser.parse(bytes, file: "bad.toml")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("a = 1\nb = \"unterminated\n", 2, "unterminated string"),
        ("a = 'no end", 1, "unterminated string"),
        ("a = \"esc at end\\", 1, "unterminated string"),
        ("a = 1\na = 2", 2, "duplicate key a (first defined on line 1)"),
        ("[x]\nk = 1\n[x]\n", 3, "table [x] is defined twice"),
        ("x.y = 1\n[x.y]\n", 2, "x.y is already a value"),
        ("[t]\na.b = 1\n[t.a]\n", 3, "already defined by dotted keys"),
        ("t = { a = 1 }\n[t]\n", 2, "inline table"),
        ("t = { a = 1 }\nt.b = 2\n", 2, "inline table"),
        ("a = \n", 1, "expected a value"),
        ("a 1\n", 1, "expected = after a"),
        ("= 1\n", 1, "expected a key"),
        ("a = abc\n", 1, "strings need quotes"),
        ("a = 1 2\n", 1, "expected the end of the line"),
        ("a = [1, 2\nb = 3\n", 2, "expected , or ]"),
        ("a = [1,\n2,\n", 1, "unterminated array"),
        ("a = { b = 1\n", 1, "must close on the line"),
        ("a = { b = 1, }\n", 1, "trailing comma"),
        ("a = { b = 1", 1, "unterminated inline table"),
        ("[a\n", 1, "expected ] to close"),
        ("[[a]]\n", 1, "arrays of tables"),
        ("a = \"\"\"multi\"\"\"\n", 1, "multi-line strings"),
        ("a = 1979-05-27\n", 1, "dates and times are not supported"),
        ("a = 07:32:00\n", 1, "dates and times are not supported"),
        ("a = 012\n", 1, "leading zeros"),
        ("a = 1__0\n", 1, "underscore"),
        ("a = 99999999999999999999\n", 1, "too large"),
        ("a = 0x-5\n", 1, "not a valid number"),
        ("a = 1.\n", 1, "not a valid number"),
        ("a = \"bad \\q escape\"\n", 1, "invalid escape \\q"),
        ("a = \"\\uD800\"\n", 1, "not a Unicode scalar"),
        ("a = \"\\u12\"\n", 1, "4 hex digits"),
        ("a = 1\r", 1, "carriage return"),
        ("ok = 1\na = \"tab\u{01}\"\n", 2, "control character U+0001"),
        ("# comment with \u{7F} delete\n", 1, "control character U+007F in a comment"),
        ("a = 1\n\u{00}\n", 2, "expected a key, found U+0000"),
    ])
    func reportsTheLine(input: String, line: Int, message: String) throws {
        let error = try #require(failure(input), "should not parse: \(input)")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.file == "bad.toml")
        #expect(error.description.hasPrefix("bad.toml:\(line): "))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let bytes = Array("a = 1\nb = \"".utf8) + [0xFF, 0xFE] + Array("\"\nc = 3\n".utf8)
        let error = try #require(failure(bytes: bytes))
        #expect(error.line == 2)
        #expect(error.message.contains("UTF-8"))
    }

    @Test func overlongAndSurrogateEncodingsAreRejected() {
        #expect(failure(bytes: Array("a = \"".utf8) + [0xC0, 0xAF] + Array("\"".utf8)) != nil)
        #expect(failure(bytes: Array("a = \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"".utf8)) != nil)
        #expect(failure(bytes: Array("a = \"".utf8) + [0xE2, 0x82] + Array("\"".utf8)) != nil)
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let arrays = "a = " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(try #require(failure(arrays)).message.contains("nested too deeply"))
        let tables = "a = " + String(repeating: "{ b = ", count: 5_000) + "1" + String(repeating: " }", count: 5_000)
        #expect(try #require(failure(tables)).message.contains("nested too deeply"))
        let path = "[" + Array(repeating: "k", count: 5_000).joined(separator: ".") + "]"
        #expect(try #require(failure(path)).message.contains("too deep"))
    }

    @Test func garbageBytesNeverCrash() {
        // A fixed pseudo-random sequence of byte soups: each must parse or fail with a line inside the input.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("ab=\"'[]{}.,#\n\r\t \\u01xe+-_".utf8) + [0x00, 0xFF, 0xC3, 0xA9, 0x80]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 40) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            if let error = failure(bytes: bytes) {
                let lines = bytes.filter { $0 == 0x0A }.count + 1
                #expect((1...lines).contains(error.line), "\(error) for \(bytes)")
            }
        }
    }
}
