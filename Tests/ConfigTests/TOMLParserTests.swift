import Testing
@testable import Config

/// The TOML subset we read: what must parse, and to what, with lines.
@Suite struct TOMLParserTests {
    private func parse(_ text: String) throws -> TOMLTable {
        try TOMLParser.parse(text, file: "test.toml")
    }

    @Test func scalarsAndComments() throws {
        let table = try parse("""
            # a comment
            name = "swdash"   # trailing comment
            literal = 'C:\\path\\no escapes'
            count = 42
            negative = -17
            plus = +3
            big = 1_000_000
            hex = 0xff
            octal = 0o17
            binary = 0b101
            ratio = 0.5
            exponent = 1e3
            signed_float = -2.5E-1
            infinity = -inf
            on = true
            off = false
            empty = ""
            """)
        #expect(table["name"] == TOMLValue(.string("swdash"), line: 2))
        #expect(table["literal"]?.string == "C:\\path\\no escapes")
        #expect(table["count"]?.integer == 42)
        #expect(table["negative"]?.integer == -17)
        #expect(table["plus"]?.integer == 3)
        #expect(table["big"]?.integer == 1_000_000)
        #expect(table["hex"]?.integer == 255)
        #expect(table["octal"]?.integer == 15)
        #expect(table["binary"]?.integer == 5)
        #expect(table["ratio"]?.number == 0.5)
        #expect(table["exponent"]?.number == 1000)
        #expect(table["signed_float"]?.number == -0.25)
        #expect(table["infinity"]?.number == -.infinity)
        #expect(table["on"]?.boolean == true)
        #expect(table["off"]?.boolean == false)
        #expect(table["empty"]?.string == "")
        #expect(table["count"]?.line == 4)
        #expect(table.keys.first == "name")
    }

    @Test func escapes() throws {
        let table = try parse(#"s = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600 nl\n""#)
        #expect(table["s"]?.string == "tab\there \"quoted\" back\\slash é 😀 nl\n")
    }

    @Test func tablesAndSubTables() throws {
        let table = try parse("""
            top = 1

            [logs]
            tail = 5

            [keys.containers]
            stop = "x"

            [keys]
            quit = "Q"
            """)
        #expect(table["top"]?.integer == 1)
        #expect(table.value(at: ["logs", "tail"])?.integer == 5)
        #expect(table.value(at: ["logs", "tail"])?.line == 4)
        #expect(table.value(at: ["keys", "containers", "stop"])?.string == "x")
        #expect(table.value(at: ["keys", "quit"])?.string == "Q")
        #expect(table["logs"]?.line == 3)
    }

    @Test func quotedAndDottedKeys() throws {
        let table = try parse("""
            "quoted key" = 1
            'literal key' = 2
            a.b.c = 3
            a.b.d = 4
            site."google.com" = true
            [ spaced . header ]
            x = 1
            """)
        #expect(table["quoted key"]?.integer == 1)
        #expect(table["literal key"]?.integer == 2)
        #expect(table.value(at: ["a", "b", "c"])?.integer == 3)
        #expect(table.value(at: ["a", "b", "d"])?.integer == 4)
        #expect(table.value(at: ["site", "google.com"])?.boolean == true)
        #expect(table.value(at: ["spaced", "header", "x"])?.integer == 1)
    }

    @Test func arraysOverSeveralLines() throws {
        let table = try parse("""
            empty = []
            keys = ["d", "Del"]
            mixed = [1, "two", 3.0, [4]]
            long = [
              "a",   # first
              # a comment line
              "b",
            ]
            """)
        #expect(table["empty"]?.array == [])
        #expect(table["keys"]?.array?.compactMap(\.string) == ["d", "Del"])
        #expect(table["mixed"]?.array?.count == 4)
        let long = try #require(table["long"]?.array)
        #expect(long.map(\.line) == [5, 7])
        #expect(table["long"]?.line == 4)
    }

    @Test func inlineTables() throws {
        let table = try parse(#"""
            row = { fg = "black", bg = "cyan", bold = true }
            empty = {}
            nested = { a.b = 1, c = { d = 2 } }
            """#)
        let row = try #require(table["row"]?.table)
        #expect(row.keys == ["fg", "bg", "bold"])
        #expect(row["bold"]?.boolean == true)
        #expect(table["empty"]?.table?.isEmpty == true)
        #expect(table.value(at: ["nested", "a", "b"])?.integer == 1)
        #expect(table.value(at: ["nested", "c", "d"])?.integer == 2)
    }

    @Test func lineEndingsAndBOM() throws {
        let table = try TOMLParser.parse(Array("\u{FEFF}a = 1\r\nb = 2\r\n".utf8), file: "crlf.toml")
        #expect(table["a"]?.integer == 1)
        #expect(table["b"]?.line == 2)
    }

    @Test func headerAfterImplicitTableIsAllowed() throws {
        let table = try parse("""
            [a.b]
            x = 1
            [a]
            y = 2
            """)
        #expect(table.value(at: ["a", "y"])?.integer == 2)
        #expect(table.value(at: ["a", "b", "x"])?.integer == 1)
    }

    @Test func emptyDocument() throws {
        #expect(try parse("").isEmpty)
        #expect(try parse("\n\n# only comments\n   \n").isEmpty)
    }
}
