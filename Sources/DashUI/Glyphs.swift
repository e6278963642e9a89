import TermRender

/// The characters the chrome is drawn with: Unicode by default, plain ASCII for terminals without UTF-8.
/// Panes take every non-ASCII glyph from here, so ASCII mode cannot leak a stray arrow or ellipsis.
struct Glyphs: Sendable {
    let unicode: Bool
    let borders: BorderSet
    /// Marks text cut short ("…" / "~").
    let ellipsis: String
    /// Published port to container port ("→" / "->").
    let arrow: String
    /// Between header segments ("│" / "|").
    let separator: String
    /// Between items of one segment ("·" / "|").
    let dot: String
    /// Stands for "no value" in a table cell ("—" / "-").
    let none: String
    /// Between a marker and its explanation ("—" / "-").
    let dash: String
    /// Sort direction.
    let ascending: String
    let descending: String
    /// In the mark gutter of a marked row ("✓" / "*").
    let mark: String
    /// The text cursor at the end of the filter being typed ("█" / "_").
    let cursor: String
    /// In front of each target of a confirmation ("•" / "-").
    let bullet: String
    /// Prose that is still going ("loading…" / "loading...").
    let more: String
    /// In front of the selected line of the full-screen log ("▸" / ">").
    let logCursor: String
    /// In front of the lines of a marked range ("┃" / "|").
    let logMark: String

    init(unicode: Bool) {
        self.unicode = unicode
        borders = BorderSet.forTerminal(unicode: unicode)
        ellipsis = borders.ellipsis
        arrow = unicode ? "→" : "->"
        separator = unicode ? "│" : "|"
        dot = unicode ? "·" : "|"
        none = unicode ? "—" : "-"
        dash = unicode ? "—" : "-"
        ascending = unicode ? "↑" : "^"
        descending = unicode ? "↓" : "v"
        mark = unicode ? "✓" : "*"
        cursor = unicode ? "█" : "_"
        bullet = unicode ? "•" : "-"
        more = unicode ? "…" : "..."
        logCursor = unicode ? "▸" : ">"
        logMark = unicode ? "┃" : "|"
    }

    /// Text written elsewhere (DashCore messages, questions) with our Unicode punctuation spelled in ASCII
    /// when the terminal cannot show it. Names and log lines are left alone: they are the user's data.
    func prose(_ text: String) -> String {
        guard !unicode else { return text }
        var out = ""
        for character in text {
            switch character {
            case "…": out += "..."
            case "→": out += "->"
            case "←": out += "<-"
            case "—", "–": out += "-"
            case "·", "│": out += "|"
            case "↑": out += "^"
            case "↓": out += "v"
            case "✓": out += "*"
            case "•": out += "-"
            default: out.append(character)
            }
        }
        return out
    }
}
