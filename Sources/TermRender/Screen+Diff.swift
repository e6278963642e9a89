/// What changed between two frames.
extension Screen {
    /// The runs of cells that differ from `previous`, left to right, top to bottom. Identical screens give `[]`.
    /// When the sizes differ nothing can be reused, so every row comes back whole (`allRuns`).
    ///
    /// A run never starts on the continuation of a wide grapheme nor ends between its halves, so a backend
    /// can write each run's graphemes in order without reading the old frame.
    public func diff(from previous: Screen) -> [ScreenRun] {
        guard previous.size == size else { return allRuns }
        var runs: [ScreenRun] = []
        let width = size.columns
        for y in 0..<size.rows {
            let base = y * width
            var x = 0
            while x < width {
                guard cells[base + x] != previous.cells[base + x] else {
                    x += 1
                    continue
                }
                var start = x
                if start > 0, cells[base + start].isContinuation || previous.cells[base + start].isContinuation {
                    start -= 1
                }
                var end = x + 1
                while end < width, cells[base + end] != previous.cells[base + end] {
                    end += 1
                }
                // Keep a wide grapheme's continuation with it.
                while end < width, cells[base + end].isContinuation {
                    end += 1
                }
                if let last = runs.last, last.row == y, last.column + last.cells.count >= start {
                    // Extending backwards may touch the previous run: merge instead of overlapping.
                    let merged = Array(cells[(base + last.column)..<(base + end)])
                    runs[runs.count - 1] = ScreenRun(row: y, column: last.column, cells: merged)
                } else {
                    runs.append(ScreenRun(row: y, column: start, cells: Array(cells[(base + start)..<(base + end)])))
                }
                x = end
            }
        }
        return runs
    }

    /// Every row as one run: what a backend writes for a full redraw.
    public var allRuns: [ScreenRun] {
        (0..<size.rows).map { y in
            ScreenRun(row: y, column: 0, cells: Array(row(y)))
        }
    }
}
