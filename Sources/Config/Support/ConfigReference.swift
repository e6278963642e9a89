import DashCore
import TermRender

/// The reference tables of docs/CONFIG.md, generated from the code (a test keeps the document equal to them).
public enum ConfigReference {
    /// Every command `[keys]` accepts, with its default keys by scope and what it does.
    public static func commandTable(_ keymap: Keymap = Keymap()) -> String {
        var lines = ["| Command | Default keys (scope) | Does |", "|---|---|---|"]
        for command in Command.allCases {
            let bindings = keymap.bindings.filter { $0.command == command }
            var groups: [(keys: [KeyEvent], scopes: [String])] = []
            for binding in bindings {
                let scope = KeyScopeName.name(of: binding.scope)
                if let index = groups.firstIndex(where: { $0.keys == binding.keys }) {
                    groups[index].scopes.append(scope)
                } else {
                    groups.append((binding.keys, [scope]))
                }
            }
            let keys = groups.isEmpty
                ? "none"
                : groups.map { group in
                    group.keys.map { "`\($0.label(unicode: false).escapingPipe)`" }.joined(separator: " ")
                        + " (" + group.scopes.joined(separator: ", ") + ")"
                }.joined(separator: "; ")
            let name = command.snakeCaseName == command.rawValue
                ? "`\(command.rawValue)`" : "`\(command.rawValue)` or `\(command.snakeCaseName)`"
            lines.append("| \(name) | \(keys) | \(bindings.first?.label ?? command.readableName) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The scopes of `[keys.SCOPE]` tables.
    public static func scopeTable() -> String {
        var lines = ["| Scope | Where its keys work |", "|---|---|"]
        for scope in KeyScopeName.all {
            lines.append("| `[keys.\(scope.name)]` | \(scope.shown) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Every role a theme can set, with its look in the default theme.
    public static func roleTable() -> String {
        var lines = ["| Role | Default look |", "|---|---|"]
        for role in Role.allCases {
            lines.append("| `\(role.rawValue)` | \(describe(Theme.defaultDark[role])) |")
        }
        return lines.joined(separator: "\n")
    }

    /// `fg = "black", bg = "cyan", bold`, the way a theme file would say it.
    static func describe(_ style: RoleStyle) -> String {
        var parts: [String] = []
        if style.foreground != .default { parts.append("fg `\(style.foreground)`") }
        if style.background != .default { parts.append("bg `\(style.background)`") }
        parts += TextAttributes.named.filter { style.attributes.contains($0.attribute) }.map(\.name)
        return parts.isEmpty ? "terminal default" : parts.joined(separator: ", ")
    }
}

extension String {
    fileprivate var escapingPipe: String { replacing("|", with: "\\|") }
}
