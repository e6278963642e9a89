import DashCore
import TermRender

/// One line of `[keys]`: the keys a command should have, everywhere it is bound or in one scope.
struct KeyOverride: Sendable, Equatable {
    var command: Command
    /// nil for a plain `[keys]` entry: every scope the command is bound in by default.
    var scope: Binding.Scope?
    /// The new keys; they replace the command's keys in that scope. Empty unbinds the command there.
    var keys: [KeyEvent]
    /// Where it was written, for warnings.
    var line: Int
    /// The dotted key as written: `keys.stop`, `keys.containers.remove`.
    var path: String

    init(command: Command, scope: Binding.Scope?, keys: [KeyEvent], line: Int, path: String) {
        self.command = command
        self.scope = scope
        self.keys = keys
        self.line = line
        self.path = path
    }
}

extension KeyParseError {
    /// The reason in user words, for a config warning.
    var configMessage: String {
        switch self {
        case .empty: "an empty key name"
        case .unknown(let name): "unknown key name \"\(name.escapedForMessage)\""
        case .invalidControlKey(let name):
            "\"\(name.escapedForMessage)\" is not a Ctrl key (write ctrl- and one letter, digit or symbol, or ctrl-space)"
        case .invalidFunctionKey(let name): "\"\(name.escapedForMessage)\": function keys go from F1 to F63"
        }
    }
}

extension KeyEvent {
    /// The key as a config file writes it, quoted: `"Ctrl-X"`, `"Space"`, `"d"`.
    var configText: String { "\"" + label(unicode: false) + "\"" }
}
