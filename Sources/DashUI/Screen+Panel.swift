import TermRender

/// Frames and text blocks shared by the panes.
extension Screen {
    /// A framed panel: the inside cleared, the frame drawn, and a title made of spans in the top edge
    /// ("┌─ Logs: web (following) ──┐"), cut with the ellipsis when it does not fit. Returns the inside.
    @discardableResult
    mutating func drawPanel(_ rect: Rect, title: [Span], focused: Bool, glyphs: Glyphs,
                            background: Role = .text, border: Role? = nil) -> Rect {
        let inner = rect.inset(by: 1)
        fill(inner, style: Style(background))
        drawBox(rect, style: Style(border ?? (focused ? .borderFocused : .border)), borders: glyphs.borders)
        // Corner, one rule, space, title, space, at least one rule, corner (as `drawBox` lays titles out).
        let room = rect.width - 6
        guard room >= 1, !title.isEmpty else { return inner }
        let start = rect.x + 3
        let total = title.reduce(0) { $0 + $1.text.displayWidth }
        let budget = total <= room ? room : max(0, room - glyphs.ellipsis.displayWidth)
        var used = 0
        write(" ", at: Point(x: start - 1, y: rect.y), style: Style(title[0].role))
        for span in title {
            let left = budget - used
            if span.text.displayWidth <= left {
                used += write(span.text, at: Point(x: start + used, y: rect.y), style: Style(span.role), maxWidth: left)
                continue
            }
            used += write(span.text.truncated(toWidth: left, ellipsis: ""), at: Point(x: start + used, y: rect.y),
                          style: Style(span.role), maxWidth: left)
            used += write(glyphs.ellipsis, at: Point(x: start + used, y: rect.y), style: Style(span.role),
                          maxWidth: room - used)
            break
        }
        write(" ", at: Point(x: start + used, y: rect.y), style: Style(title[0].role))
        return inner
    }

    /// `text` centred on row `y` of `rect`, cut to its width.
    mutating func writeCentred(_ text: String, in rect: Rect, y: Int, style: Style, ellipsis: String) {
        let cut = text.truncated(toWidth: rect.width, ellipsis: ellipsis)
        let x = rect.x + max(0, (rect.width - cut.displayWidth) / 2)
        write(cut, at: Point(x: x, y: y), style: style, maxWidth: rect.width)
    }
}
