import DashCore
import EngineAPI
import TermRender

/// The log of one container (or a merged log): the lines around the selected one, newest at the bottom while
/// following. Drawn in the detail box under the containers table, or full screen (`focused`), where the
/// selected line is marked, lines wrap or scroll sideways, and a marker counts lines that arrived meanwhile.
///
/// Only the lines on screen are laid out, and of each only what fits, so a 1 MB line costs a screenful.
struct LogPane {
    var log: LogView?
    var preferences: LogPreferences
    var glyphs: Glyphs
    var focused: Bool

    /// A visible line and its rows.
    private struct Placed {
        var position: Int
        var seq: Int
        var rows: [LogRow]
        /// True when its first rows were cut off at the top of the view.
        var cut = false
    }

    func render(in rect: Rect, into screen: inout Screen) {
        guard let log else {
            let inner = screen.drawPanel(rect, title: [Span("Logs", .title)], focused: focused, glyphs: glyphs)
            if inner.height > 0 {
                screen.writeCentred("no container selected", in: inner, y: inner.y + (inner.height - 1) / 2,
                                    style: Style(.textDim), ellipsis: glyphs.ellipsis)
            }
            return
        }
        let inner = screen.drawPanel(rect, title: LogPaneTitle(log: log, preferences: preferences, glyphs: glyphs).spans,
                                     focused: focused, glyphs: glyphs)
        let text = inner.inset(left: 1, right: 1)
        guard text.height > 0, text.width > 0 else { return }
        let visible = log.visible
        guard !visible.isEmpty, let bottom = log.bottomPosition(in: visible) else {
            screen.write(emptyNote(log), at: text.origin, style: Style(.textDim), maxWidth: text.width)
            return
        }
        let gutter = LogGutter(log: log, timestamps: preferences.timestamps, width: text.width)
        let bodyWidth = max(1, text.width - gutter.width)
        var placed = place(log, visible, bottom: bottom, height: text.height, bodyWidth: bodyWidth)
        let cursor = log.cursorPosition(in: visible) ?? bottom
        if !placed.contains(where: { $0.position == cursor }) {
            // Tall wrapped lines below pushed the selected line out: show it at the bottom instead.
            placed = place(log, visible, bottom: cursor, height: text.height, bodyWidth: bodyWidth)
        }
        draw(placed, log: log, gutter: gutter, cursor: focused && !log.isTracking ? cursor : nil, in: text,
             into: &screen)
        if focused && log.newLineCount > 0 { drawNewLinesMarker(log.newLineCount, rect: rect, into: &screen) }
    }

    /// Lines from `bottom` upwards until `height` rows are filled, then downwards if the top was reached first.
    private func place(_ log: LogView, _ visible: VisibleLines, bottom: Int, height: Int, bodyWidth: Int) -> [Placed] {
        var placed: [Placed] = []
        var used = 0
        var position = bottom
        while position >= 0 && used < height {
            let seq = visible.seq(at: position)
            let rows = self.rows(log, seq: seq, width: bodyWidth, maxRows: height)
            placed.insert(Placed(position: position, seq: seq, rows: rows), at: 0)
            used += rows.count
            position -= 1
        }
        position = bottom + 1
        while position < visible.count && used < height {
            let seq = visible.seq(at: position)
            let rows = self.rows(log, seq: seq, width: bodyWidth, maxRows: height - used)
            placed.append(Placed(position: position, seq: seq, rows: rows))
            used += rows.count
            position += 1
        }
        // A partly shown top line keeps its last rows.
        if used > height, !placed.isEmpty {
            placed[0].rows.removeFirst(min(placed[0].rows.count, used - height))
            placed[0].cut = true
        }
        return placed
    }

    private func rows(_ log: LogView, seq: Int, width: Int, maxRows: Int) -> [LogRow] {
        guard let line = log.buffer[seq: seq] else { return [LogRow()] }
        let wraps = focused && preferences.wrap
        let skip = focused && !preferences.wrap ? log.column : 0
        let rowLimit = wraps ? maxRows : 1
        // Matches are looked for only in the part of the line that can be drawn.
        let reach = (skip + width * rowLimit) * 4 + 64
        let body = LogStyledText.body(line, display: preferences.display)
        let highlights = log.search?.ranges(in: body, limit: reach) ?? []
        var text = LogStyledText(line, display: preferences.display, highlights: highlights)
        let ellipsis = glyphs.ellipsis.first ?? "~"
        let rows = LogRow.layout(&text, width: width, maxRows: rowLimit, skip: skip, ellipsis: ellipsis)
        return rows.isEmpty ? [LogRow()] : rows
    }

    private func draw(_ placed: [Placed], log: LogView, gutter: LogGutter, cursor: Int?, in text: Rect,
                      into screen: inout Screen) {
        var y = text.y
        let marked = focused ? markedRange(log) : nil
        for line in placed {
            for (index, row) in line.rows.enumerated() where y < text.maxY {
                // The gutter (name, time) and the marker sit on the first row of a line; wrapped rows are
                // indented under the gutter.
                let startsLine = index == 0 && !line.cut
                if startsLine, let entry = log.buffer[seq: line.seq] {
                    gutter.draw(entry, at: Point(x: text.x, y: y), into: &screen)
                    drawMarker(line, cursor: cursor, marked: marked, x: text.x - 1, y: y, into: &screen)
                }
                var x = text.x + gutter.width
                for segment in row.segments {
                    x += screen.write(segment.text, at: Point(x: x, y: y), style: segment.style, maxWidth: text.maxX - x)
                }
                y += 1
            }
        }
    }

    /// The selected line and a marked range get a sign in the padding column left of the text.
    private func drawMarker(_ line: Placed, cursor: Int?, marked: ClosedRange<Int>?, x: Int, y: Int,
                            into screen: inout Screen) {
        if line.position == cursor {
            screen.write(glyphs.logCursor, at: Point(x: x, y: y), style: Style(.keyHint), maxWidth: 1)
        } else if let marked, marked.contains(line.seq) {
            screen.write(glyphs.logMark, at: Point(x: x, y: y), style: Style(.rowMarked), maxWidth: 1)
        }
    }

    private func markedRange(_ log: LogView) -> ClosedRange<Int>? {
        guard let mark = log.mark, let selected = log.selectedSeq else { return nil }
        return min(mark, selected)...max(mark, selected)
    }

    /// "37 new lines ↓" on the bottom edge of the frame, while the view does not move with new lines.
    private func drawNewLinesMarker(_ count: Int, rect: Rect, into screen: inout Screen) {
        let text = " \(count) new \(count == 1 ? "line" : "lines") \(glyphs.descending) "
        let room = rect.width - 4
        guard room >= text.displayWidth else { return }
        screen.write(text, at: Point(x: rect.maxX - 2 - text.displayWidth, y: rect.maxY - 1), style: Style(.keyHint))
    }

    private func emptyNote(_ log: LogView) -> String {
        if !log.buffer.isEmpty {
            return log.isScanning ? "filtering" + glyphs.more : "no line matches the filter"
        }
        return log.endedReason == nil ? "waiting for output" + glyphs.more : "no output"
    }
}
