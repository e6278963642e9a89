/// Frames.
extension Screen {
    /// Draws a frame on the edge cells of `rect`, with an optional title in the top edge ("┌─ Title ───┐").
    /// The inside is left alone. Frames smaller than 2×2 are not drawn; a title that does not fit is truncated
    /// with the border set's ellipsis, or left out when there is no room for one character of it.
    public mutating func drawBox(
        _ rect: Rect, title: String? = nil, style: Style = Style(.border), titleStyle: Style = Style(.title),
        borders: BorderSet = .light
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: borders.horizontal, count: rect.width - 2)
        write(String(borders.topLeft) + horizontal + String(borders.topRight),
              at: rect.origin, style: style, maxWidth: rect.width)
        write(String(borders.bottomLeft) + horizontal + String(borders.bottomRight),
              at: Point(x: rect.x, y: rect.maxY - 1), style: style, maxWidth: rect.width)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            write(String(borders.vertical), at: Point(x: rect.x, y: y), style: style, maxWidth: 1)
            write(String(borders.vertical), at: Point(x: rect.maxX - 1, y: y), style: style, maxWidth: 1)
        }
        // Title layout: corner, one rule, space, title, space, at least one rule, corner.
        if let title, !title.isEmpty {
            let room = rect.width - 6
            guard room >= 1 else { return }
            let text = " " + title.truncated(toWidth: room, ellipsis: borders.ellipsis) + " "
            write(text, at: Point(x: rect.x + 2, y: rect.y), style: titleStyle, maxWidth: room + 2)
        }
    }

    /// A horizontal rule across `width` cells starting at `point`.
    public mutating func drawHorizontalLine(at point: Point, width: Int, style: Style = Style(.border),
                                            borders: BorderSet = .light) {
        guard width > 0 else { return }
        write(String(repeating: borders.horizontal, count: width), at: point, style: style, maxWidth: width)
    }
}
