import DashCore
import TermRender

/// The full-screen inspect view: the document's sections, scrolled from `inspect.scroll`.
struct InspectPane {
    var inspect: InspectView
    var glyphs: Glyphs

    func render(in rect: Rect, into screen: inout Screen) {
        let lines = inspect.document.map { line in
            line.isHeading ? KeyValueList.Line.heading(line.key) : KeyValueList.Line(key: line.key, value: line.value)
        }
        let inner = screen.drawPanel(rect, title: title(rows: max(0, rect.height - 2)), focused: true, glyphs: glyphs)
        let text = inner.inset(left: 1, right: 1)
        guard text.height > 0 else { return }
        if let error = inspect.error {
            screen.write(glyphs.prose(error), at: text.origin, style: Style(.statusError), maxWidth: text.width)
            // The document, if any, stays readable below the error.
            let rest = text.inset(top: 2)
            KeyValueList(lines: lines, glyphs: glyphs, maxKeyWidth: keyWidth(text), colon: true)
                .render(in: rest, from: inspect.scroll, into: &screen)
            return
        }
        if inspect.loading && lines.isEmpty {
            screen.writeCentred("loading" + glyphs.more, in: text, y: text.y + (text.height - 1) / 2,
                                style: Style(.textDim), ellipsis: glyphs.ellipsis)
            return
        }
        KeyValueList(lines: lines, glyphs: glyphs, maxKeyWidth: keyWidth(text), colon: true)
            .render(in: text, from: inspect.scroll, into: &screen)
    }

    /// Labels and environment names can be long: give keys up to two fifths of a wide screen.
    private func keyWidth(_ text: Rect) -> Int { max(22, text.width * 2 / 5) }

    /// "Inspect: web" and, when the document is longer than the box, which lines are showing.
    private func title(rows: Int) -> [Span] {
        var spans = [Span("Inspect: \(inspect.name)", .title)]
        let count = inspect.document.count
        if count > rows, rows > 0 {
            let first = min(inspect.scroll, max(0, count - 1)) + 1
            let last = min(count, inspect.scroll + rows)
            spans.append(Span(" (lines \(first)-\(last) of \(count))", .textDim))
        }
        return spans
    }
}
