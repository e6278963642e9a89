import TermRender

/// A boxed table: title in the frame, a column header row, the visible slice of rows with the cursor and marks,
/// a position indicator in the bottom frame when the rows overflow, and an empty-state message.
struct TableView {
    var title: String
    var columns: [TableColumn]
    var rows: [TableRow]
    /// Index of the first visible row (clamped here, so a stale value cannot leave the box half empty).
    var top: Int
    var cursorID: String?
    /// When `rows` is only the visible slice of a longer list: how long the list is, and where the slice starts.
    var totalRows: Int? = nil
    var rowOffset = 0
    var focused = true
    /// Shown centred when there are no rows ("no containers", "loading…").
    var emptyText: String
    var glyphs: Glyphs

    /// Cells between columns.
    static let gap = 2
    /// The mark glyph and a space before the first column.
    static let gutter = 2

    func render(in rect: Rect, into screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let inner = rect.inset(by: 1)
        screen.fill(inner, style: .text)
        screen.drawBox(rect, title: title, style: Style(focused ? .borderFocused : .border),
                       borders: glyphs.borders)
        guard inner.height >= 1, inner.width >= 1 else { return }
        let tableWidth = max(0, inner.width - Self.gutter)
        let widths = ColumnLayout.widths(columns, rows: rows, width: tableWidth, gap: Self.gap)
        let positions = Self.positions(widths, start: inner.x + Self.gutter)

        // Column headings.
        screen.fill(inner.line(0), style: Style(.columnHeader))
        for (index, column) in columns.enumerated() {
            guard let x = positions[index], let width = widths[index] else { continue }
            let text = column.title.fitted(toWidth: width, alignment: column.alignment, ellipsis: glyphs.ellipsis)
            screen.write(text, at: Point(x: x, y: inner.y), style: Style(.columnHeader), maxWidth: width)
        }

        let visibleRows = max(0, inner.height - 1)
        guard !rows.isEmpty else {
            if visibleRows > 0 {
                let text = emptyText.truncated(toWidth: inner.width, ellipsis: glyphs.ellipsis)
                let y = inner.y + 1 + (visibleRows - 1) / 2
                let x = inner.x + (inner.width - text.displayWidth) / 2
                screen.write(text, at: Point(x: x, y: y), style: Style(.textDim), maxWidth: inner.width)
            }
            return
        }
        // The cursor is always on screen, even when `top` is stale (a resize the reducer has not seen yet).
        var first = max(0, min(top, rows.count - visibleRows))
        if let cursor = rows.firstIndex(where: { $0.id == cursorID }) {
            if cursor < first { first = cursor }
            if cursor >= first + visibleRows { first = cursor - visibleRows + 1 }
        }
        let compact = columns.indices.map { index in
            widths[index].map { $0 < ColumnLayout.natural(columns[index], index: index, rows: rows) } ?? false
        }
        var previous: TableRow?
        for (offset, row) in rows.dropFirst(first).prefix(visibleRows).enumerated() {
            var shown = row
            // Repeats are blanked below the first visible row, so a group's name is always on screen once.
            for index in columns.indices where columns[index].blankRepeats && index < row.cells.count {
                if let previous, index < previous.cells.count, previous.cells[index] == row.cells[index] {
                    shown.cells[index] = .empty
                }
            }
            previous = row
            let y = inner.y + 1 + offset
            draw(shown, y: y, inner: inner, widths: widths, positions: positions, compact: compact, into: &screen)
        }
        let total = totalRows ?? rows.count
        if total > visibleRows {
            // "3/12" in the bottom frame: where the cursor is when the list does not fit.
            let index = rowOffset + (rows.firstIndex { $0.id == cursorID }.map { $0 + 1 } ?? first + 1)
            let text = " \(index)/\(total) "
            if text.displayWidth + 4 <= rect.width {
                screen.write(text, at: Point(x: rect.maxX - 2 - text.displayWidth, y: rect.maxY - 1),
                             style: Style(focused ? .borderFocused : .border))
            }
        }
    }

    private func draw(_ row: TableRow, y: Int, inner: Rect, widths: [Int?], positions: [Int?], compact: [Bool],
                      into screen: inout Screen) {
        // One role for the whole cursor row (and for marked rows), so the selection reads as one bar.
        let override: Role? = row.id == cursorID ? (focused ? .rowSelected : .rowSelectedUnfocused)
            : (row.marked ? .rowMarked : nil)
        let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
        screen.fill(line, style: Style(override ?? .text))
        if row.marked {
            screen.write(glyphs.mark, at: Point(x: inner.x, y: y), style: Style(override ?? .rowMarked), maxWidth: 1)
        }
        for index in columns.indices {
            guard let x = positions[index], let width = widths[index], index < row.cells.count else { continue }
            drawCell(row.cells[index], column: columns[index], x: x, y: y, width: width, compact: compact[index],
                     override: override, into: &screen)
        }
    }

    private func drawCell(_ cell: TableCell, column: TableColumn, x: Int, y: Int, width: Int, compact: Bool,
                          override: Role?, into screen: inout Screen) {
        let spans = compact ? cell.compact ?? cell.spans : cell.spans
        let spanWidth = spans.reduce(0) { $0 + $1.text.displayWidth }
        var cursor = column.alignment == .trailing && spanWidth < width ? x + width - spanWidth : x
        let end = x + width
        if spanWidth <= width {
            for span in spans {
                cursor += screen.write(span.text, at: Point(x: cursor, y: y), style: Style(override ?? span.role),
                                       maxWidth: end - cursor)
            }
            return
        }
        // Too wide: cut inside the span that overflows and end with the ellipsis in that span's role.
        let budget = max(0, width - glyphs.ellipsis.displayWidth)
        for span in spans {
            let room = x + budget - cursor
            let role = override ?? span.role
            if span.text.displayWidth <= room {
                cursor += screen.write(span.text, at: Point(x: cursor, y: y), style: Style(role), maxWidth: room)
                continue
            }
            let cut = span.text.truncated(toWidth: room, ellipsis: "")
            cursor += screen.write(cut, at: Point(x: cursor, y: y), style: Style(role), maxWidth: room)
            screen.write(glyphs.ellipsis, at: Point(x: cursor, y: y), style: Style(role), maxWidth: end - cursor)
            return
        }
    }

    /// The left column of each visible column.
    static func positions(_ widths: [Int?], start: Int) -> [Int?] {
        var x = start
        return widths.map { width in
            guard let width else { return nil }
            defer { x += width + gap }
            return x
        }
    }
}
