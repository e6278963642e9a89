import DashCore
import TermRender

/// The `?` overlay: every binding of the focused context as "keys  label", in two columns when one would not
/// fit the terminal's height. Any key closes it.
struct HelpOverlay {
    var state: AppState
    var glyphs: Glyphs

    private struct Entry {
        var keys: String
        var label: String
    }

    func render(into screen: inout Screen) {
        let entries = EffectiveBindings.of(state).map { binding in
            let disabled = binding.command.mutates && state.readOnly
            return Entry(keys: binding.keyText(unicode: glyphs.unicode),
                         label: binding.label + (disabled ? " (read-only)" : ""))
        }
        guard !entries.isEmpty else { return }
        let size = screen.size
        // Lines inside the frame: the entries, a blank line and the closing note.
        let room = max(1, size.rows - 2 - 2 - 2)
        let columns = entries.count > room && size.columns >= 60 ? 2 : 1
        var perColumn = (entries.count + columns - 1) / columns
        var hidden = 0
        if perColumn > room {
            perColumn = room
            hidden = entries.count - (room * columns - 1)
        }
        let shown = hidden > 0 ? Array(entries.prefix(room * columns - 1)) : entries
        let keyWidth = shown.map { $0.keys.displayWidth }.max() ?? 0
        let naturalLabel = shown.map { $0.label.displayWidth }.max() ?? 0
        let gutter = 4
        let maxInner = max(10, size.columns - 2 - 4)
        let more = hidden > 0 ? "+\(hidden) more" : ""
        let columnWidth = min(max(keyWidth + 2 + naturalLabel, more.displayWidth),
                              (maxInner - gutter * (columns - 1)) / columns)
        let innerWidth = max(columnWidth * columns + gutter * (columns - 1), 24)
        let box = Self.centred(width: innerWidth + 4, height: perColumn + 2 + 2, in: screen.bounds)
        let inner = screen.drawPanel(box, title: [Span("Keys: \(contextName)", .dialogBorder)], focused: true,
                                     glyphs: glyphs, background: .dialog, border: .dialogBorder)
        let text = inner.inset(left: 1, right: 1)
        for (index, entry) in shown.enumerated() {
            let column = index / perColumn
            let x = text.x + column * (columnWidth + gutter)
            let y = text.y + index % perColumn
            screen.write(entry.keys.truncated(toWidth: keyWidth, ellipsis: glyphs.ellipsis), at: Point(x: x, y: y),
                         style: Style(.dialogBorder), maxWidth: keyWidth)
            let labelWidth = max(0, columnWidth - keyWidth - 2)
            screen.write(entry.label.truncated(toWidth: labelWidth, ellipsis: glyphs.ellipsis),
                         at: Point(x: x + keyWidth + 2, y: y), style: Style(.dialog), maxWidth: labelWidth)
        }
        if hidden > 0 {
            let x = text.x + (columns - 1) * (columnWidth + gutter)
            screen.write(more, at: Point(x: x, y: text.y + perColumn - 1), style: Style(.dialog), maxWidth: columnWidth)
        }
        screen.writeCentred("press any key to close", in: text, y: text.maxY - 1, style: Style(.dialog),
                            ellipsis: glyphs.ellipsis)
    }

    private var contextName: String {
        switch state.keyContext {
        case .list(let pane): pane.title
        case .logView: "Log"
        case .inspectView: "Inspect"
        }
    }

    /// A rectangle of (at most) the given size centred in `bounds`.
    static func centred(width: Int, height: Int, in bounds: Rect) -> Rect {
        let w = min(width, bounds.width)
        let h = min(height, bounds.height)
        return Rect(x: bounds.x + (bounds.width - w) / 2, y: bounds.y + (bounds.height - h) / 2, width: w, height: h)
    }
}
