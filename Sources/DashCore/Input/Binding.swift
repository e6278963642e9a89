import TermRender

/// One entry of a binding table: keys, the command they trigger, where, and how the hint reads.
public struct Binding: Sendable, Equatable {
    /// Where a binding applies.
    public enum Scope: Sendable, Hashable {
        /// Everywhere: every list pane and the full-screen views.
        case global
        /// Every list pane, but not the full-screen log or inspect views (filter, sort, marks).
        case lists
        case pane(PaneKind)
        /// The full-screen log view.
        case logView
        /// The inspect view.
        case inspectView
    }

    public var keys: [KeyEvent]
    public var command: Command
    public var label: String
    public var scope: Scope
    /// Shown in the footer (everything is shown in the help overlay).
    public var hint: Bool

    public init(_ keys: [KeyEvent], _ command: Command, _ label: String, scope: Scope = .global, hint: Bool = true) {
        self.keys = keys
        self.command = command
        self.label = label
        self.scope = scope
        self.hint = hint
    }

    /// "j/↓" style key text for hints and help.
    public func keyText(unicode: Bool = true) -> String {
        keys.map { $0.label(unicode: unicode) }.joined(separator: "/")
    }
}
