import DashCore

/// The bindings shown in the footer and the help overlay: the keymap's effective ones for the focused context.
enum EffectiveBindings {
    static func of(_ state: AppState) -> [Binding] {
        state.keymap.effectiveBindings(in: state.keyContext)
    }
}
