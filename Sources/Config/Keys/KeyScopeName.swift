import DashCore

/// The names of binding scopes in `[keys.NAME]` tables, and how messages describe scopes and key contexts.
/// (`logs` and `inspect` are command names, so their views are `log_view` and `inspect_view`.)
enum KeyScopeName {
    /// Every scope with its config name and the words messages use for it, in documentation order.
    static let all: [(name: String, scope: Binding.Scope, shown: String)] = [
        ("global", .global, "everywhere"),
        ("lists", .lists, "every list pane"),
        ("containers", .pane(.containers), "the containers pane"),
        ("images", .pane(.images), "the images pane"),
        ("volumes", .pane(.volumes), "the volumes pane"),
        ("log_view", .logView, "the full-screen log"),
        ("inspect_view", .inspectView, "the inspect view"),
    ]

    /// The scope a `[keys.NAME]` table names.
    static func scope(named name: String) -> Binding.Scope? {
        all.first { $0.name == name }?.scope
    }

    /// The config name of a scope.
    static func name(of scope: Binding.Scope) -> String {
        all.first { $0.scope == scope }?.name ?? "\(scope)"
    }

    /// The scope in words: "the containers pane".
    static func shown(_ scope: Binding.Scope) -> String {
        all.first { $0.scope == scope }?.shown ?? "\(scope)"
    }

    /// Every place keys are read, for checking which binding wins where.
    static let contexts: [(context: Keymap.Context, shown: String)] = [
        (.list(.containers), "the containers pane"),
        (.list(.images), "the images pane"),
        (.list(.volumes), "the volumes pane"),
        (.logView, "the full-screen log"),
        (.inspectView, "the inspect view"),
    ]
}
