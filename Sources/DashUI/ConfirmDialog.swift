import DashCore
import TermRender

/// The y/n question before a destructive command: the question, an optional warning, the targets (at most
/// eight, then "and N more") and the answer keys.
struct ConfirmDialog {
    var confirmation: Confirmation
    var glyphs: Glyphs

    static let maxTargets = 8

    func render(into screen: inout Screen) {
        let size = screen.size
        let maxInner = max(10, min(60, size.columns - 2 - 4))
        let names = confirmation.targets.map { "\(glyphs.bullet) \($0.name)" }
        let natural = ([confirmation.question, confirmation.warning ?? ""] + names).map(\.displayWidth).max() ?? 0
        let innerWidth = min(maxInner, max(30, natural))
        let question = TextWrap.lines(glyphs.prose(confirmation.question), width: innerWidth, ellipsis: glyphs.ellipsis)
        let warning = confirmation.warning.map {
            TextWrap.lines(glyphs.prose($0), width: innerWidth, ellipsis: glyphs.ellipsis)
        } ?? []
        // Rows inside the frame: question, warning, blank, targets, blank, answer.
        let fixed = question.count + warning.count + 3
        let room = max(1, size.rows - 2 - 2 - fixed)
        let limit = min(Self.maxTargets, room)
        var targets = names
        if names.count > limit {
            targets = Array(names.prefix(max(0, limit - 1))) + ["and \(names.count - max(0, limit - 1)) more"]
        }
        let box = HelpOverlay.centred(width: innerWidth + 4, height: fixed + targets.count + 2, in: screen.bounds)
        let inner = screen.drawPanel(box, title: [Span("Confirm", .dialogBorder)], focused: true, glyphs: glyphs,
                                     background: .dialog, border: .dialogBorder)
        let text = inner.inset(left: 1, right: 1)
        var y = text.y
        for line in question {
            screen.write(line, at: Point(x: text.x, y: y), style: Style(.dialog), maxWidth: text.width)
            y += 1
        }
        for line in warning {
            screen.fill(Rect(x: text.x, y: y, width: text.width, height: 1), style: Style(.statusError))
            screen.write(line, at: Point(x: text.x, y: y), style: Style(.statusError), maxWidth: text.width)
            y += 1
        }
        y += 1
        for target in targets {
            screen.write(target.truncated(toWidth: text.width - 2, ellipsis: glyphs.ellipsis),
                         at: Point(x: text.x + 2, y: y), style: Style(.dialog), maxWidth: text.width - 2)
            y += 1
        }
        y += 1
        let answer = [Span("y", .dialogBorder), Span(": yes   ", .dialog), Span("n", .dialogBorder), Span(": no", .dialog)]
        var x = text.x + max(0, (text.width - BarLayout<Int>.width(answer)) / 2)
        for span in answer where y < text.maxY {
            x += screen.write(span.text, at: Point(x: x, y: y), style: Style(span.role), maxWidth: text.maxX - x)
        }
    }
}
