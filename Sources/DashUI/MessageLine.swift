import DashCore
import TermRender

/// The bottom row: the result or error of the last action, or the progress of one running on several objects.
/// Errors fill the whole row so they cannot be missed.
struct MessageLine {
    var state: AppState
    var glyphs: Glyphs

    func render(row y: Int, into screen: inout Screen) {
        let width = screen.size.columns
        let line = Rect(x: 0, y: y, width: width, height: 1)
        screen.fill(line, style: .text)
        let text: String
        let role: Role
        if let prompt = state.prompt {
            let label = glyphs.prose(prompt.label)
            let used = screen.write(label, at: Point(x: 1, y: y), style: Style(.keyHint), maxWidth: max(0, width - 2))
            let room = max(0, width - 3 - used - 1)
            // Long commands scroll: the end being typed stays visible.
            var shown = prompt.text
            while shown.displayWidth > room, !shown.isEmpty { shown.removeFirst() }
            let x = 2 + used
            let typed = screen.write(shown, at: Point(x: x, y: y), style: Style(.filterInput), maxWidth: max(0, width - x))
            screen.write(glyphs.cursor, at: Point(x: x + typed, y: y), style: Style(.filterInput), maxWidth: max(0, width - x - typed))
            return
        }
        if let message = state.message {
            text = glyphs.prose(message.text)
            switch message.kind {
            case .info: role = .statusInfo
            case .busy: role = .statusBusy
            case .error: role = .statusError
            }
        } else if let batch = state.batch {
            text = "\(batch.command.progressive) \(batch.done)/\(batch.total)" + glyphs.more
            role = .statusBusy
        } else {
            return
        }
        if role == .statusError { screen.fill(line, style: Style(role)) }
        screen.write(text.truncated(toWidth: max(0, width - 2), ellipsis: glyphs.ellipsis), at: Point(x: 1, y: y),
                     style: Style(role), maxWidth: max(0, width - 2))
    }
}
