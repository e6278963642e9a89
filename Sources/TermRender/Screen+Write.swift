/// Writing text into the grid.
extension Screen {
    /// Writes `string` on one row starting at `point`, and returns the columns it advanced.
    ///
    /// Stops at the right edge of the screen or after `maxWidth` columns, whichever comes first. A wide grapheme
    /// that would be cut by that edge is never split: the remaining column is padded with a space instead.
    /// Control characters are drawn as visible stand-ins (`DisplayWidth.visible`), zero-width clusters are dropped,
    /// and columns left of 0 are skipped, so `point.x` may be negative for horizontal scrolling.
    @discardableResult
    public mutating func write(
        _ string: some StringProtocol, at point: Point, style: Style = .text, maxWidth: Int? = nil
    ) -> Int {
        guard point.y >= 0, point.y < size.rows else { return 0 }
        let limit = min(size.columns, maxWidth.map { point.x + max(0, $0) } ?? size.columns)
        guard limit > max(0, point.x) else { return 0 }
        var placed: [(x: Int, text: String)] = []
        var x = point.x
        for character in string {
            let glyph = DisplayWidth.isUnprintable(character) ? DisplayWidth.visible(character) : character
            let width = DisplayWidth.character(glyph)
            if width == 0 { continue }
            if x + width > limit {
                // Never split a wide grapheme: the columns it would have started on are padded.
                for padX in max(0, x)..<limit { placed.append((padX, " ")) }
                x = limit
                break
            }
            if x < 0 {
                // A wide grapheme straddling column 0 shows only as padding on its visible half.
                for padX in 0..<max(0, x + width) { placed.append((padX, " ")) }
            } else {
                placed.append((x, String(glyph)))
                if width == 2 { placed.append((x + 1, "")) }
            }
            x += width
        }
        if let first = placed.first, let last = placed.last {
            repairWideNeighbours(row: point.y, from: first.x, to: last.x + 1)
            let base = point.y * size.columns
            for cell in placed {
                cells[base + cell.x] = Cell(text: cell.text, style: style)
            }
        }
        return x - point.x
    }

    /// Writes `string` so that it ends at column `rightEdge` (exclusive), truncated from the right with `ellipsis`
    /// when it does not fit in `maxWidth`. Returns the column it starts at.
    @discardableResult
    public mutating func writeRightAligned(
        _ string: String, endingAt rightEdge: Int, row: Int, style: Style = .text, maxWidth: Int,
        ellipsis: String = "…"
    ) -> Int {
        let text = string.truncated(toWidth: maxWidth, ellipsis: ellipsis)
        let start = rightEdge - text.displayWidth
        write(text, at: Point(x: start, y: row), style: style, maxWidth: maxWidth)
        return start
    }
}
