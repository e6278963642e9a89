import DashCore
import TermRender

/// The bindings that really apply in the focused context: the keymap's list for it with every key that a more
/// specific binding already claims taken out (in the log view `q` goes back, so "q quit" is not offered there),
/// and bindings left without keys dropped.
enum EffectiveBindings {
    static func of(_ state: AppState) -> [Binding] {
        var claimed = Set<KeyEvent>()
        var result: [Binding] = []
        let fullView = state.keyContext != .list(state.pane)
        for binding in state.keymap.bindings(in: state.keyContext) {
            // The keymap scopes filter and sort as global, but they act on the list, which the full-screen
            // views hide (the reducer ignores the filter there); offering them would promise nothing.
            if fullView, binding.scope == .global, Self.listOnly.contains(binding.command) { continue }
            var kept = binding
            kept.keys = binding.keys.filter { !claimed.contains($0) }
            claimed.formUnion(binding.keys)
            if !kept.keys.isEmpty { result.append(kept) }
        }
        return result
    }

    /// Commands that only mean something with a list on screen.
    static let listOnly: Set<Command> = [.filter, .sortNext, .sortReverse, .groupByProject, .mark]
}
