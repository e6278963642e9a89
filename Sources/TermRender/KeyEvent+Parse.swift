/// Why a key name from a config file was rejected.
public enum KeyParseError: Error, Equatable, Sendable {
    /// The name was empty or only spaces.
    case empty
    /// Not a key name this parser knows.
    case unknown(String)
    /// "ctrl-" followed by something that is not a single key.
    case invalidControlKey(String)
    /// "F" followed by a number outside 1…63.
    case invalidFunctionKey(String)
}

extension KeyEvent {
    /// Parses a key name as written in config files or shown in hints. Names are case-insensitive
    /// ("ctrl-c", "Ctrl-C", "C-c", "^C", "pgdn", "PageDown", "space", "shift-tab", "f5", "esc", "↑"),
    /// except a single character, which stands for itself ("K" is Shift-k, "k" is k).
    public init(parsing name: String) throws(KeyParseError) {
        let trimmed = String(name.trimmingSpaces)
        guard !trimmed.isEmpty else { throw .empty }
        if trimmed.count == 1, let character = trimmed.first {
            if let arrow = KeyEvent.arrows[character] {
                self = arrow
                return
            }
            guard !DisplayWidth.isUnprintable(character) else { throw .unknown(name) }
            self = .char(character)
            return
        }
        let lowered = trimmed.lowercased()
        if let named = KeyEvent.names[lowered] {
            self = named
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            self = try KeyEvent.control(String(lowered.dropFirst(prefix.count)), original: name)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()) {
            guard (1...63).contains(number) else { throw .invalidFunctionKey(name) }
            self = .function(number)
            return
        }
        throw .unknown(name)
    }

    private static func control(_ rest: String, original: String) throws(KeyParseError) -> KeyEvent {
        if rest == "space" { return .ctrl(" ") }
        guard rest.count == 1, let character = rest.first, character.isASCII,
              !DisplayWidth.isUnprintable(character), character != " " else {
            throw .invalidControlKey(original)
        }
        return .ctrl(character)
    }

    private static let arrows: [Character: KeyEvent] = ["↑": .up, "↓": .down, "←": .left, "→": .right]

    private static let names: [String: KeyEvent] = [
        "space": .char(" "), "spc": .char(" "),
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "next": .pageDown,
        "home": .home, "end": .end,
        "tab": .tab, "shift-tab": .backTab, "shift+tab": .backTab, "s-tab": .backTab, "backtab": .backTab,
        "btab": .backTab,
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "del": .delete, "delete": .delete,
        "ins": .insert, "insert": .insert,
        "resize": .resize,
    ]
}
