import DashCore
import EngineAPI
import TermRender

/// The log of one container: the newest lines that fit (or older ones when scrolled back), stderr set apart
/// by role. Drawn in the detail box under the containers table, or full screen.
struct LogPane {
    var log: LogView?
    var glyphs: Glyphs
    var focused: Bool

    func render(in rect: Rect, into screen: inout Screen) {
        guard let log else {
            let inner = screen.drawPanel(rect, title: [Span("Logs", .title)], focused: focused, glyphs: glyphs)
            if inner.height > 0 {
                screen.writeCentred("no container selected", in: inner, y: inner.y + (inner.height - 1) / 2,
                                    style: Style(.textDim), ellipsis: glyphs.ellipsis)
            }
            return
        }
        let inner = screen.drawPanel(rect, title: title(log), focused: focused, glyphs: glyphs)
        let text = inner.inset(left: 1, right: 1)
        guard text.height > 0, text.width > 0 else { return }
        let count = log.buffer.count
        let end = max(0, count - max(0, log.scrollBack))
        let start = max(0, end - text.height)
        guard end > start else {
            let note = log.endedReason == nil ? "waiting for output" + glyphs.more : "no output"
            screen.write(note, at: text.origin, style: Style(.textDim), maxWidth: text.width)
            return
        }
        for (offset, line) in log.buffer.lines(start..<end).enumerated() {
            let role: Role = line.stream == .stderr ? .logStderr : .logStdout
            let shown = line.text.expandingTabs().truncated(toWidth: text.width, ellipsis: glyphs.ellipsis)
            screen.write(shown, at: Point(x: text.x, y: text.y + offset), style: Style(role), maxWidth: text.width)
        }
    }

    /// "Logs: web (following)", "(12 lines back)", or why the stream ended.
    private func title(_ log: LogView) -> [Span] {
        let name = Span("Logs: \(log.name)", .title)
        if let reason = log.endedReason { return [name, Span(" \(glyphs.dash) \(glyphs.prose(reason))", .textDim)] }
        if log.scrollBack > 0 {
            let lines = log.scrollBack == 1 ? "1 line back" : "\(log.scrollBack) lines back"
            return [name, Span(" (\(lines))", .textDim)]
        }
        return [name, Span(" (following)", .textDim)]
    }
}
