import DashCore

/// How commands are named in `[keys]`: the raw value (`nextPane`) or its snake_case form (`next_pane`).
extension Command {
    /// The command a config key names, accepting `nextPane`, `next_pane` and `next-pane`.
    public init?(configName: String) {
        let folded = configName.filter { $0 != "_" && $0 != "-" }.lowercased()
        guard let command = Command.allCases.first(where: { $0.rawValue.lowercased() == folded }) else { return nil }
        self = command
    }

    /// The snake_case spelling: `pauseToggle` → `pause_toggle`.
    public var snakeCaseName: String {
        var result = ""
        for character in rawValue {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The scope a binding goes to when the command has no default key: the containers pane for container
    /// actions, every list for list tools, else everywhere.
    var homeScope: Binding.Scope {
        if mutates { return .pane(.containers) }
        switch self {
        case .logs, .inspect, .groupByProject: return .pane(.containers)
        case .filter, .sortNext, .sortReverse, .mark: return .lists
        default: return .global
        }
    }

    /// `pauseToggle` → "pause toggle", for bindings that have no default label.
    var readableName: String { snakeCaseName.replacing("_", with: " ") }
}
