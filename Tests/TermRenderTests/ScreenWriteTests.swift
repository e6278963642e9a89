import Testing
import TermRender

@Suite("Screen writing")
struct ScreenWriteTests {
    @Test("Writing returns the columns used and clips at the right edge")
    func clipping() {
        var screen = Screen(size: Size(columns: 5, rows: 1))
        #expect(screen.write("abcdefg", at: .zero) == 5)
        #expect(screen.plainText == "abcde")
        #expect(screen.write("xy", at: Point(x: 1, y: 0), maxWidth: 1) == 1)
        #expect(screen.plainText == "axcde")
        #expect(screen.write("zz", at: Point(x: 0, y: 3)) == 0)
    }

    @Test("A wide character that would be split at the last column is replaced by padding")
    func wideAtLastColumn() {
        var screen = Screen(size: Size(columns: 5, rows: 1), fill: Cell(text: "."))
        let used = screen.write("ab日本", at: .zero)
        #expect(used == 5)
        #expect(screen[row: 0, column: 2].text == "日")
        #expect(screen[row: 0, column: 3].text == "")
        #expect(screen[row: 0, column: 4].text == " ")
        #expect(screen.plainText == "ab日")
    }

    @Test("maxWidth that cuts a wide character pads instead")
    func wideAtMaxWidth() {
        var screen = Screen(size: Size(columns: 6, rows: 1), fill: Cell(text: "."))
        #expect(screen.write("日本", at: .zero, maxWidth: 3) == 3)
        #expect(screen.row(0).map(\.text) == ["日", "", " ", ".", ".", "."])
    }

    @Test("Overwriting half of a wide character blanks its other half")
    func overwriteHalf() {
        var screen = Screen(size: Size(columns: 6, rows: 1))
        screen.write("日本語", at: .zero)
        screen.write("x", at: Point(x: 1, y: 0))
        #expect(screen.row(0).map(\.text) == [" ", "x", "本", "", "語", ""])
        screen.write("y", at: Point(x: 4, y: 0))
        #expect(screen.row(0).map(\.text) == [" ", "x", "本", "", "y", " "])
    }

    @Test("Negative columns scroll text off the left edge")
    func negativeX() {
        var screen = Screen(size: Size(columns: 4, rows: 1))
        #expect(screen.write("日本ab", at: Point(x: -1, y: 0)) == 5)
        #expect(screen.row(0).map(\.text) == [" ", "本", "", "a"])
    }

    @Test("Fill covers the clipped rectangle with a style")
    func fill() {
        var screen = Screen(size: Size(columns: 3, rows: 2))
        screen.fill(Rect(x: 1, y: 1, width: 5, height: 5), style: Style(.rowSelected))
        #expect(screen.roleMap == "...\n.SS")
    }

    @Test("Text helpers truncate with an ellipsis and pad by display width")
    func textHelpers() {
        #expect("containers".truncated(toWidth: 6) == "conta…")
        #expect("containers".truncated(toWidth: 6, ellipsis: "~") == "conta~")
        #expect("日本語".truncated(toWidth: 4) == "日…")
        #expect("short".truncated(toWidth: 10) == "short")
        #expect("日本".padded(toWidth: 6) == "日本  ")
        #expect("42".rightAligned(toWidth: 5) == "   42")
        #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
        #expect("日本語".padded(toWidth: 5).displayWidth == 5)
        #expect("a\tb".expandingTabs(tabWidth: 4) == "a   b")
    }
}
