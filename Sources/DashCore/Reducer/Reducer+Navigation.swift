/// Cursor movement, scrolling, and what follows the cursor (the log stream).
extension Reducer {
    /// Keeps the cursor on an existing row and visible, and the list scrolled sensibly.
    static func clampCursor(_ state: inout AppState, _ pane: PaneKind) -> [Effect] {
        if pane == .containers { state.refreshContainerOrder() }
        let ids = Rows.ids(state, pane)
        var list = state[list: pane]
        let rows = state.layout.listRows
        if ids.isEmpty {
            list.cursorID = nil
            list.cursorIndex = 0
            list.top = 0
        } else {
            if let id = list.cursorID, let index = ids.firstIndex(of: id) {
                list.cursorIndex = index
            } else {
                list.cursorIndex = min(max(0, list.cursorIndex), ids.count - 1)
                list.cursorID = ids[list.cursorIndex]
            }
            if list.cursorIndex < list.top { list.top = list.cursorIndex }
            if list.cursorIndex >= list.top + rows { list.top = list.cursorIndex - rows + 1 }
            list.top = max(0, min(list.top, ids.count - rows))
        }
        state[list: pane] = list
        return []
    }

    /// Moves the cursor by `delta` rows (clamped), then lets the log follow.
    static func moveCursor(_ state: inout AppState, by delta: Int) -> [Effect] {
        moveCursor(&state, to: state[list: state.pane].cursorIndex + delta)
    }

    static func moveCursor(_ state: inout AppState, to index: Int) -> [Effect] {
        let pane = state.pane
        if pane == .containers { state.refreshContainerOrder() }
        let ids = Rows.ids(state, pane)
        guard !ids.isEmpty else { return [] }
        let target = min(max(0, index), ids.count - 1)
        state[list: pane].cursorIndex = target
        state[list: pane].cursorID = ids[target]
        return clampCursor(&state, pane) + followSelectedLog(&state, delay: 150)
    }

    /// Streams the log of the selected container into the detail area (or keeps the full-screen one),
    /// and stops streaming when no log is on screen. The delay lets a fast scroll through the list
    /// pass without opening a stream per row.
    static func followSelectedLog(_ state: inout AppState, delay: Int) -> [Effect] {
        if state.log?.fullScreen == true { return [] }
        let showsDetailLog = state.pane == .containers && state.layout.split
        guard showsDetailLog, let id = state[list: .containers].cursorID, let container = state.containers[id] else {
            if state.log != nil {
                state.log = nil
                return [.stopLogs]
            }
            return []
        }
        if let log = state.log, !log.isMerged, log.containerID == id { return [] }
        return openLogView(&state, sources: [LogSource(id: id, name: container.name)], name: container.name, delay: delay)
    }

    /// Scrolls the inspect view, or moves the selected line of the full-screen log.
    static func scroll(_ state: inout AppState, by delta: Int) -> [Effect] {
        let page = state.layout.fullScreenRows
        if state.inspect != nil {
            let count = state.inspect?.document.count ?? 0
            let current = state.inspect?.scroll ?? 0
            state.inspect?.scroll = max(0, min(current + delta, max(0, count - page)))
        } else if state.log != nil {
            return moveInLog(&state, by: delta)
        }
        return []
    }

    static func switchPane(_ state: inout AppState, to pane: PaneKind) -> [Effect] {
        guard pane != state.pane else { return [] }
        state.pane = pane
        state.filterEditing = false
        var effects: [Effect] = clampCursor(&state, pane) + followSelectedLog(&state, delay: 0)
        if pane != .containers, state.diskUsage == .idle, state.engine.isConnected {
            state.diskUsage = .loading
            effects.append(.loadDiskUsage)
        }
        return effects
    }
}
