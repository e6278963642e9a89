import Testing
import TermRender

@Suite("Control characters never reach a cell")
struct ControlCharacterTests {
    /// True when some scalar of some cell is a C0 control, DEL or a C1 control.
    private func hasRawControl(_ screen: Screen) -> Bool {
        screen.cells.contains { cell in
            cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        }
    }

    private static var controlScalars: [Unicode.Scalar] {
        let values = Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F)
        return values.compactMap { Unicode.Scalar(UInt32($0)) }
    }

    @Test("Every C0, DEL and C1 scalar is drawn as a visible stand-in")
    func everyControl() {
        for scalar in Self.controlScalars {
            var screen = Screen(size: Size(columns: 6, rows: 1))
            let used = screen.write("a" + String(Character(scalar)) + "b", at: .zero)
            #expect(used == 3, "scalar \(scalar.value)")
            #expect(!hasRawControl(screen), "scalar \(scalar.value)")
            #expect(screen[row: 0, column: 1].text != " ", "scalar \(scalar.value)")
        }
    }

    @Test("Escape sequences, CR LF and controls glued to combining marks stay visible and inert")
    func sequences() {
        let inputs = [
            "\u{1B}[31mred\u{1B}[0m", "\u{1B}]0;title\u{07}", "\u{1B}[2J\u{1B}[H", "line\r\nnext", "\u{9B}31m",
            "\u{1B}\u{0301}", "a\u{0085}b", "tab\there", "\u{1B}P+q\u{1B}\\",
        ]
        for input in inputs {
            var screen = Screen(size: Size(columns: 40, rows: 1))
            screen.write(input, at: .zero)
            #expect(!hasRawControl(screen), "input \(input.debugDescription)")
        }
        var screen = Screen(size: Size(columns: 12, rows: 1))
        screen.write("\u{1B}[31mred", at: .zero)
        #expect(screen.plainText == "␛[31mred")
    }

    @Test("Fill and the initial fill refuse controls too")
    func fillsRefuseControls() {
        var screen = Screen(size: Size(columns: 3, rows: 1), fill: Cell(text: "\u{1B}"))
        #expect(!hasRawControl(screen))
        screen.fill(screen.bounds, with: "\u{07}", style: .text)
        #expect(!hasRawControl(screen))
    }

    @Test("Every byte 0x00-0xFF decoded as Latin-1 leaves no raw control")
    func allBytes() {
        let text = String(String.UnicodeScalarView((0...255).compactMap { Unicode.Scalar(UInt32($0)) }))
        var screen = Screen(size: Size(columns: 300, rows: 1))
        let used = screen.write(text, at: .zero)
        #expect(!hasRawControl(screen))
        #expect(used == text.displayWidth)
    }
}
