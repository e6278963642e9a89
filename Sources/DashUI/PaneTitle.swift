import DashCore

/// The words around a list: its frame title and what it says when it has no rows.
enum PaneTitle {
    /// "Containers (5)", or "Containers (2/5)" while a filter hides some; no count before the first listing.
    static func text(_ pane: PaneKind, shown: Int, total: Int, loaded: Bool = true) -> String {
        guard loaded else { return pane.title }
        return shown == total ? "\(pane.title) (\(total))" : "\(pane.title) (\(shown)/\(total))"
    }

    /// "loading…" until the first listing arrived, "no match for /web" under a filter, else "no containers".
    static func emptyText(_ state: AppState, _ pane: PaneKind, glyphs: Glyphs) -> String {
        if !state.loaded.contains(pane) {
            if case .unreachable = state.engine.connection { return "engine unreachable" }
            return "loading" + glyphs.more
        }
        let filter = state[list: pane].filter
        if !filter.isEmpty { return "no match for /\(filter)" }
        return "no \(pane.rawValue)"
    }
}
