import CNCurses
import TermRender

/// What to hand ncurses for one cell so that ncurses' column bookkeeping (libc `wcwidth`) matches the
/// `Screen`'s (`DisplayWidth`). Each part is the wide characters of one ncurses cell plus the columns it takes.
struct CursesGlyph: Equatable {
    /// One ncurses character: a spacing scalar followed by up to four zero-width ones.
    struct Part: Equatable {
        var scalars: [wchar_t]
        var columns: Int
    }

    var parts: [Part]

    static let space = Part(scalars: [0x20], columns: 1)
    static let question = Part(scalars: [0x3F], columns: 1)
    static let replacement = Part(scalars: [0xFFFD], columns: 1)

    /// The parts for a cell's grapheme of `width` columns. `unicode` is false when the locale is not UTF-8:
    /// then only printable ASCII is sent and everything else becomes "?" plus padding.
    /// `libcWidth` is how ncurses measures a scalar (libc `wcwidth`); injected so tests need no locale.
    static func make(text: String, width: Int, unicode: Bool, libcWidth: (wchar_t) -> Int32) -> CursesGlyph {
        let scalars = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        guard let base = scalars.first, width > 0 else { return CursesGlyph(parts: []) }
        let padding = Array(repeating: space, count: max(0, width - 1))
        guard unicode else {
            let printableASCII = scalars.count == 1 && base >= 0x20 && base < 0x7F
            return CursesGlyph(parts: [printableASCII ? Part(scalars: [base], columns: 1) : question] + padding)
        }
        // A flag: two regional indicators that libc counts as one column each. Sent as two cells, a terminal that
        // joins them shows the flag in the same two columns; one that doesn't shows two letters.
        let regional: ClosedRange<wchar_t> = 0x1F1E6...0x1F1FF
        if width == 2, scalars.count == 2, scalars.allSatisfy(regional.contains),
           scalars.allSatisfy({ libcWidth($0) == 1 }) {
            return CursesGlyph(parts: scalars.map { Part(scalars: [$0], columns: 1) })
        }
        let baseWidth = Int(libcWidth(base))
        // Like setcchar: the base plus the zero-width scalars that follow it, at most CCHARW_MAX in all.
        var kept = [base]
        var cut = false
        for scalar in scalars.dropFirst() {
            guard libcWidth(scalar) == 0, kept.count < 5 else {
                cut = true
                break
            }
            kept.append(scalar)
        }
        // A dangling ZWJ would make the terminal try to join with whatever comes next.
        if cut, kept.last == 0x200D { kept.removeLast() }
        if baseWidth == width {
            return CursesGlyph(parts: [Part(scalars: kept, columns: width)])
        }
        if baseWidth == 1, width == 2 {
            // A text-presentation symbol made wide by VS16 (❤️): without VS16 it is one column everywhere; pad.
            return CursesGlyph(parts: [Part(scalars: kept.filter { $0 != 0xFE0F }, columns: 1), space])
        }
        // libc does not know the scalar (newer Unicode) or disagrees on its width: a visible stand-in, padded.
        return CursesGlyph(parts: [replacement] + padding)
    }
}
