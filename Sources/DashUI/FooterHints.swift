import DashCore
import TermRender

/// The key hints of the focused context, from the keymap: "s stop  r restart  …", with "? help" kept at the
/// right. Hints are whole or absent (never cut), and commands refused in read-only mode are left out.
struct FooterHints {
    var state: AppState
    var glyphs: Glyphs

    /// One hint: the first key of a binding and its label.
    struct Hint: Equatable {
        var key: String
        var label: String
        /// Kept at the right edge whatever the width ("? help": it lists everything else).
        var pinned = false

        var width: Int { key.displayWidth + 1 + label.displayWidth }
    }

    func render(row y: Int, into screen: inout Screen) {
        let width = screen.size.columns
        screen.fill(Rect(x: 0, y: y, width: width, height: 1), style: .text)
        var hints = hints()
        let pinned = hints.firstIndex(where: \.pinned).map { hints.remove(at: $0) }
        let limit = width - 1 - (pinned.map { $0.width + 2 } ?? 0)
        var x = 1
        for hint in hints {
            let start = x == 1 ? x : x + 2
            guard start + hint.width <= limit else { break }
            x = start + draw(hint, x: start, y: y, into: &screen)
        }
        if let pinned, pinned.width + 2 <= width {
            draw(pinned, x: width - 1 - pinned.width, y: y, into: &screen)
        }
    }

    /// The hints to show, in keymap order: the focused pane's first, shadowed keys removed.
    func hints() -> [Hint] {
        if let prompt = state.prompt {
            return [Hint(key: "Enter", label: prompt.purpose.enterLabel), Hint(key: "Esc", label: "cancel"),
                    Hint(key: "Ctrl-U", label: "clear")]
        }
        if state.filterEditing {
            // Typing a filter: the keymap is bypassed (the reducer reads these keys itself).
            return [Hint(key: "Enter", label: "keep filter"), Hint(key: "Esc", label: "clear"),
                    Hint(key: glyphs.unicode ? "↑↓" : "Up/Down", label: "move")]
        }
        return EffectiveBindings.of(state)
            .filter { $0.hint && !($0.command.mutates && state.readOnly) }
            .compactMap { binding in
                binding.keys.first.map {
                    Hint(key: $0.label(unicode: glyphs.unicode), label: binding.label, pinned: binding.command == .help)
                }
            }
    }

    @discardableResult
    private func draw(_ hint: Hint, x: Int, y: Int, into screen: inout Screen) -> Int {
        let keyWidth = screen.write(hint.key, at: Point(x: x, y: y), style: Style(.keyHint))
        return keyWidth + 1 + screen.write(hint.label, at: Point(x: x + keyWidth + 1, y: y), style: Style(.keyHintLabel))
    }
}
