import Testing
import TermRender

@Suite("Screen diff")
struct ScreenDiffTests {
    private func screen(_ lines: [String], columns: Int = 8) -> Screen {
        var screen = Screen(size: Size(columns: columns, rows: lines.count))
        for (row, line) in lines.enumerated() {
            screen.write(line, at: Point(x: 0, y: row))
        }
        return screen
    }

    @Test("Identical screens give no runs")
    func identical() {
        let a = screen(["hello", "world"])
        #expect(a.diff(from: a).isEmpty)
        #expect(a.diff(from: screen(["hello", "world"])).isEmpty)
    }

    @Test("Only changed cells come back, as runs per row")
    func changedRuns() {
        let before = screen(["hello", "world", "static"])
        let after = screen(["hEllo", "wORld", "static"])
        let runs = before.diff(from: before) + after.diff(from: before)
        #expect(runs.map(\.row) == [0, 1])
        #expect(runs.map(\.column) == [1, 1])
        #expect(runs.map { $0.cells.map(\.text).joined() } == ["E", "OR"])
    }

    @Test("Two separate changes on a row are two runs")
    func separateRuns() {
        let runs = screen(["aXcdeYg"]).diff(from: screen(["abcdefg"]))
        #expect(runs == [
            ScreenRun(row: 0, column: 1, cells: [Cell(text: "X")]),
            ScreenRun(row: 0, column: 5, cells: [Cell(text: "Y")]),
        ])
    }

    @Test("A style change alone is a change")
    func styleChange() {
        let before = screen(["abc"])
        var after = before
        after.write("b", at: Point(x: 1, y: 0), style: Style(.rowSelected))
        let changed = Cell(text: "b", style: Style(.rowSelected))
        #expect(after.diff(from: before) == [ScreenRun(row: 0, column: 1, cells: [changed])])
    }

    @Test("Runs keep both halves of a wide character")
    func wideHalves() {
        let before = screen(["ab日cd"])
        var after = before
        after.write("日", at: Point(x: 2, y: 0), style: Style(.title))
        let runs = after.diff(from: before)
        #expect(runs.count == 1)
        #expect(runs.first?.column == 2)
        #expect(runs.first?.cells.map(\.text) == ["日", ""])
    }

    @Test("A different size redraws every row")
    func resized() {
        let small = screen(["ab"], columns: 4)
        let large = screen(["ab", "cd"], columns: 4)
        let runs = large.diff(from: small)
        #expect(runs == large.allRuns)
        #expect(runs.map(\.cells.count) == [4, 4])
    }
}
