/// A key press (or a resize) as the app sees it, independent of curses key codes.
public enum KeyEvent: Hashable, Sendable {
    /// A printable grapheme, including " " (shown as "Space").
    case char(Character)
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    case tab
    /// Shift-Tab.
    case backTab
    case enter
    case escape
    case backspace
    case delete
    case insert
    /// F1…F63.
    case function(Int)
    /// Ctrl with a key; backends and the parser always store the lowercase letter ("c" for Ctrl-C).
    case ctrl(Character)
    /// The terminal changed size; read the new size from the terminal.
    case resize
}

extension KeyEvent: CustomStringConvertible {
    /// The label used in key hints and the help overlay: "↑", "PgDn", "Ctrl-C", "Space", "K".
    public var description: String { label(unicode: true) }

    /// The hint label; with `unicode == false` arrows are spelled out ("Up") for ASCII-only terminals.
    public func label(unicode: Bool) -> String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .up: unicode ? "↑" : "Up"
        case .down: unicode ? "↓" : "Down"
        case .left: unicode ? "←" : "Left"
        case .right: unicode ? "→" : "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let number): "F\(number)"
        case .ctrl(" "): "Ctrl-Space"
        case .ctrl(let character): "Ctrl-" + character.uppercased()
        case .resize: "Resize"
        }
    }
}
