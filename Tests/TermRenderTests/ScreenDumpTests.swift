import Testing
import TermRender

@Suite("Screen dumps")
struct ScreenDumpTests {
    @Test("A box with CJK and emoji content lines up in plainText")
    func boxWithCJK() {
        var screen = Screen(size: Size(columns: 14, rows: 5))
        screen.drawBox(Rect(x: 0, y: 0, width: 14, height: 5), title: "名前")
        screen.write("日本語 🐳", at: Point(x: 1, y: 1), maxWidth: 12)
        screen.write("e\u{0301}té", at: Point(x: 1, y: 2), maxWidth: 12)
        screen.write("あいうえおかき", at: Point(x: 1, y: 3), maxWidth: 12)
        let lines = screen.plainText.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == [
            "┌─ 名前 ─────┐",
            "│日本語 🐳   │",
            "│e\u{0301}té         │",
            "│あいうえおか│",
            "└────────────┘",
        ])
        for line in lines {
            #expect(line.displayWidth == 14)
        }
    }

    @Test("ASCII borders and a title truncated with ~")
    func asciiBox() {
        var screen = Screen(size: Size(columns: 10, rows: 3))
        screen.drawBox(screen.bounds, title: "Containers", borders: .ascii)
        #expect(screen.plainText == "+- Con~ -+\n|        |\n+--------+")
    }

    @Test("plainText trims trailing spaces per line")
    func trimming() {
        var screen = Screen(size: Size(columns: 6, rows: 2))
        screen.write("ab", at: Point(x: 1, y: 0))
        #expect(screen.plainText == " ab\n")
    }

    @Test("roleMap shows one letter per cell, and the legend names the roles used")
    func roleMap() {
        var screen = Screen(size: Size(columns: 6, rows: 2))
        screen.write("up", at: .zero, style: Style(.stateRunning))
        screen.write("日", at: Point(x: 3, y: 0), style: Style(.stateExited, [.bold]))
        screen.fill(Rect(x: 0, y: 1, width: 6, height: 1), style: Style(.rowSelected))
        #expect(screen.roleMap == "RR.XX.\nSSSSSS")
        #expect(screen.roleMapLegend() == ". = text\nS = row_selected\nR = state_running\nX = state_exited")
    }

    @Test("Every role has its own map letter")
    func uniqueLetters() {
        let letters = Role.allCases.map(\.mapLetter)
        #expect(Set(letters).count == Role.allCases.count)
    }
}
