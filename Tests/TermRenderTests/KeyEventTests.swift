import Testing
import TermRender

@Suite("Key events")
struct KeyEventTests {
    static let samples: [KeyEvent] = [
        .char("k"), .char("K"), .char(" "), .char("?"), .char("/"), .char("日"), .up, .down, .left, .right,
        .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace, .delete, .insert,
        .function(1), .function(12), .ctrl("c"), .ctrl("l"), .ctrl(" "), .ctrl("\\"), .resize,
    ]

    @Test("Descriptions used for hints")
    func descriptions() {
        #expect(KeyEvent.up.description == "↑")
        #expect(KeyEvent.pageDown.description == "PgDn")
        #expect(KeyEvent.ctrl("c").description == "Ctrl-C")
        #expect(KeyEvent.char(" ").description == "Space")
        #expect(KeyEvent.backTab.description == "Shift-Tab")
        #expect(KeyEvent.function(5).description == "F5")
        #expect(KeyEvent.up.label(unicode: false) == "Up")
    }

    @Test("Parsing a description gives the key back", arguments: samples)
    func roundTrip(_ key: KeyEvent) throws {
        #expect(try KeyEvent(parsing: key.description) == key)
        #expect(try KeyEvent(parsing: key.label(unicode: false)) == key)
    }

    @Test("Config spellings")
    func configNames() throws {
        #expect(try KeyEvent(parsing: "ctrl-c") == .ctrl("c"))
        #expect(try KeyEvent(parsing: "Ctrl+C") == .ctrl("c"))
        #expect(try KeyEvent(parsing: "^L") == .ctrl("l"))
        #expect(try KeyEvent(parsing: "C-x") == .ctrl("x"))
        #expect(try KeyEvent(parsing: "pgdn") == .pageDown)
        #expect(try KeyEvent(parsing: "PageUp") == .pageUp)
        #expect(try KeyEvent(parsing: "space") == .char(" "))
        #expect(try KeyEvent(parsing: "K") == .char("K"))
        #expect(try KeyEvent(parsing: "k") == .char("k"))
        #expect(try KeyEvent(parsing: "tab") == .tab)
        #expect(try KeyEvent(parsing: "shift-tab") == .backTab)
        #expect(try KeyEvent(parsing: " esc ") == .escape)
        #expect(try KeyEvent(parsing: "return") == .enter)
        #expect(try KeyEvent(parsing: "f10") == .function(10))
    }

    @Test("Bad names are typed errors")
    func errors() {
        #expect(throws: KeyParseError.empty) { try KeyEvent(parsing: "  ") }
        #expect(throws: KeyParseError.unknown("hyper-x")) { try KeyEvent(parsing: "hyper-x") }
        #expect(throws: KeyParseError.invalidControlKey("ctrl-abc")) { try KeyEvent(parsing: "ctrl-abc") }
        #expect(throws: KeyParseError.invalidFunctionKey("F99")) { try KeyEvent(parsing: "F99") }
        #expect(throws: KeyParseError.unknown("\u{1B}")) { try KeyEvent(parsing: "\u{1B}") }
    }
}
