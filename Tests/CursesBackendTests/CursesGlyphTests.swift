import CNCurses
import Testing
import TermRender
@testable import CursesBackend

@Suite("What ncurses is given per cell")
struct CursesGlyphTests {
    /// glibc 2.36's opinion in C.UTF-8, for the scalars used here: flags are 1+1, VS16 hearts 1, new emoji unknown.
    private func libcWidth(_ scalar: wchar_t) -> Int32 {
        switch scalar {
        case 0x1F1E6...0x1F1FF, 0x2764: return 1
        case 0x1FAE8: return -1
        default:
            guard let unicodeScalar = Unicode.Scalar(UInt32(bitPattern: scalar)) else { return -1 }
            return Int32(DisplayWidth.scalar(unicodeScalar))
        }
    }

    private func parts(_ text: String, unicode: Bool = true) -> [[UInt32]] {
        let glyph = CursesGlyph.make(text: text, width: DisplayWidth.string(text), unicode: unicode, libcWidth: libcWidth)
        #expect(glyph.parts.reduce(0) { $0 + $1.columns } == DisplayWidth.string(text), "columns of \(text)")
        return glyph.parts.map { $0.scalars.map { UInt32(bitPattern: $0) } }
    }

    @Test("Graphemes libc agrees on are sent whole")
    func agreed() {
        #expect(parts("a") == [[0x61]])
        #expect(parts("日") == [[0x65E5]])
        #expect(parts("e\u{0301}") == [[0x65, 0x301]])
    }

    @Test("Width disagreements are padded so the columns stay ours")
    func disagreements() {
        #expect(parts("❤️") == [[0x2764], [0x20]])
        #expect(parts("🇩🇪") == [[0x1F1E9], [0x1F1EA]])
        #expect(parts("🫨") == [[0xFFFD], [0x20]])
    }

    @Test("ZWJ sequences keep their first emoji and lose the dangling joiner")
    func zwj() {
        #expect(parts("👨‍👩‍👧") == [[0x1F468]])
    }

    @Test("Without UTF-8 only printable ASCII is sent")
    func ascii() {
        #expect(parts("a", unicode: false) == [[0x61]])
        #expect(parts("日", unicode: false) == [[0x3F], [0x20]])
        #expect(parts("é", unicode: false) == [[0x3F]])
    }
}
