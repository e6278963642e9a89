import CNCurses
import Testing
import TermRender
@testable import CursesBackend

@Suite("Curses key decoding")
struct CursesKeyMapTests {
    @Test("Function-key codes")
    func functionKeys() {
        #expect(CursesKeyMap.key(functionKey: KEY_UP) == .up)
        #expect(CursesKeyMap.key(functionKey: KEY_NPAGE) == .pageDown)
        #expect(CursesKeyMap.key(functionKey: KEY_BTAB) == .backTab)
        #expect(CursesKeyMap.key(functionKey: KEY_ENTER) == .enter)
        #expect(CursesKeyMap.key(functionKey: KEY_BACKSPACE) == .backspace)
        #expect(CursesKeyMap.key(functionKey: KEY_DC) == .delete)
        #expect(CursesKeyMap.key(functionKey: KEY_RESIZE) == .resize)
        #expect(CursesKeyMap.key(functionKey: swdash_key_f(5)) == .function(5))
        #expect(CursesKeyMap.key(functionKey: KEY_MOUSE) == nil)
    }

    @Test("Control bytes arrive as keys in raw mode")
    func controlBytes() {
        #expect(CursesKeyMap.key(character: 3) == .ctrl("c"))
        #expect(CursesKeyMap.key(character: 12) == .ctrl("l"))
        #expect(CursesKeyMap.key(character: 9) == .tab)
        #expect(CursesKeyMap.key(character: 10) == .enter)
        #expect(CursesKeyMap.key(character: 13) == .enter)
        #expect(CursesKeyMap.key(character: 27) == .escape)
        #expect(CursesKeyMap.key(character: 127) == .backspace)
        #expect(CursesKeyMap.key(character: 0) == .ctrl(" "))
        #expect(CursesKeyMap.key(character: 0x85) == nil)
        #expect(CursesKeyMap.key(character: 0x41) == .char("A"))
        #expect(CursesKeyMap.key(character: 0x65E5) == .char("日"))
    }

    @Test("Combining scalars join the previous character; resize is reported once")
    func appending() {
        var keys: [KeyEvent] = []
        for key: KeyEvent in [.char("e"), .char("\u{0301}"), .resize, .char("x"), .resize] {
            CursesKeyMap.append(key, to: &keys)
        }
        #expect(keys == [.char("e\u{0301}"), .resize, .char("x")])
    }
}
