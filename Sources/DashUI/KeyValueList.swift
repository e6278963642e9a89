import TermRender

/// Aligned "key  value" lines with optional section headings, as the detail box and the inspect view show them.
struct KeyValueList {
    /// One line: a heading, or a key (possibly empty, continuing the previous key) and its value.
    struct Line: Sendable, Equatable {
        var key: String
        var value: String
        var valueRole: Role = .text
        var isHeading = false

        static func heading(_ title: String) -> Line { Line(key: title, value: "", isHeading: true) }
    }

    var lines: [Line]
    var glyphs: Glyphs
    /// Keys wider than this are cut, so one long key cannot push every value off screen.
    var maxKeyWidth = 22
    /// Writes "Key:" rather than "Key" before the value.
    var colon = false

    /// Draws lines `first...` into `rect`, one per row, values cut with the ellipsis.
    func render(in rect: Rect, from first: Int = 0, into screen: inout Screen) {
        guard rect.width > 0, rect.height > 0 else { return }
        let suffix = colon ? ":" : ""
        let keyWidth = min(maxKeyWidth, lines.filter { !$0.isHeading }.map { $0.key.displayWidth }.max() ?? 0)
            + suffix.count
        let valueX = rect.x + (keyWidth > 0 ? keyWidth + 2 : 0)
        let indent = lines.contains(where: \.isHeading) ? 2 : 0
        for (offset, line) in lines.dropFirst(max(0, first)).prefix(rect.height).enumerated() {
            let y = rect.y + offset
            if line.isHeading {
                screen.write(line.key.truncated(toWidth: rect.width, ellipsis: glyphs.ellipsis),
                             at: Point(x: rect.x, y: y), style: Style(.title), maxWidth: rect.width)
                continue
            }
            let keyText = line.key.isEmpty ? "" : line.key.truncated(toWidth: keyWidth - suffix.count,
                                                                      ellipsis: glyphs.ellipsis) + suffix
            screen.write(keyText, at: Point(x: rect.x + indent, y: y), style: Style(.textDim),
                         maxWidth: max(0, rect.width - indent))
            let room = rect.maxX - valueX - indent
            guard room > 0 else { continue }
            screen.write(line.value.expandingTabs().truncated(toWidth: room, ellipsis: glyphs.ellipsis),
                         at: Point(x: valueX + indent, y: y), style: Style(line.valueRole), maxWidth: room)
        }
    }
}
