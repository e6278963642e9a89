import TermRender

/// Keys: overlays and the filter prompt take them first; otherwise the keymap turns them into commands.
extension Reducer {
    static func handleKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        if key == .resize { return [] }
        if key == .ctrl("c") { return quit(&state) }
        switch state.overlay {
        case .help:
            state.overlay = nil
            return []
        case .confirm(let confirmation):
            return answerConfirmation(&state, confirmation, key)
        case .prune(let plan):
            return answerPrune(&state, plan, key)
        case nil:
            break
        }
        if state.prompt != nil { return editPrompt(&state, key) }
        if state.filterEditing { return editFilter(&state, key) }
        guard let command = state.keymap.command(for: key, in: state.keyContext) else { return [] }
        return perform(&state, command)
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.quitRequested = true
        return [.stopLogs, .quit]
    }

    static func editFilter(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        let pane = state.pane
        switch key {
        case .enter:
            state.filterEditing = false
            return []
        case .escape:
            state.filterEditing = false
            state[list: pane].filter = ""
        case .backspace:
            if state[list: pane].filter.isEmpty {
                state.filterEditing = false
                return []
            }
            state[list: pane].filter.removeLast()
        case .char(let character):
            state[list: pane].filter.append(character)
        case .up, .down, .pageUp, .pageDown:
            // Moving while typing keeps the prompt open, as in k9s.
            if let command = state.keymap.command(for: key, in: state.keyContext) { return perform(&state, command) }
            return []
        default:
            return []
        }
        // A changed filter keeps the cursor on the same object when it still matches, else the first row.
        state[list: pane].top = 0
        return clampCursor(&state, pane) + followSelectedLog(&state, delay: 150)
    }

    static func perform(_ state: inout AppState, _ command: Command) -> [Effect] {
        if command.mutates && state.readOnly {
            state.message = StatusMessage(
                "read-only mode: \(command.rawValue) is disabled (started with --read-only)", kind: .error, at: state.now)
            return []
        }
        let page = max(1, state.layout.listRows - 1)
        let fullPage = max(1, state.layout.fullScreenRows - 1)
        let inFullView = state.inspect != nil || state.log?.fullScreen == true
        switch command {
        case .quit: return quit(&state)
        case .back: return back(&state)
        case .help:
            state.overlay = .help
            return []
        case .commandLine: return openCommandLine(&state)
        case .refresh:
            guard state.engine.isConnected else { return [.connect] }
            state.message = StatusMessage("reloading…", kind: .info, at: state.now)
            state.diskUsage = .loading
            return [.listContainers, .listImages, .listVolumes, .loadDiskUsage]
        case .nextPane: return switchPane(&state, to: state.pane.cycled(by: 1))
        case .previousPane: return switchPane(&state, to: state.pane.cycled(by: -1))
        case .showContainers: return switchPane(&state, to: .containers)
        case .showImages: return switchPane(&state, to: .images)
        case .showVolumes: return switchPane(&state, to: .volumes)
        case .cursorUp: return inFullView ? scroll(&state, by: -1) : moveCursor(&state, by: -1)
        case .cursorDown: return inFullView ? scroll(&state, by: 1) : moveCursor(&state, by: 1)
        case .scrollUp: return scroll(&state, by: -1)
        case .scrollDown: return scroll(&state, by: 1)
        case .pageUp: return inFullView ? scroll(&state, by: -fullPage) : moveCursor(&state, by: -page)
        case .pageDown: return inFullView ? scroll(&state, by: fullPage) : moveCursor(&state, by: page)
        case .top: return inFullView ? scroll(&state, by: -Int(Int32.max)) : moveCursor(&state, to: 0)
        case .bottom: return inFullView ? scroll(&state, by: Int(Int32.max)) : moveCursor(&state, to: Int(Int32.max))
        case .filter:
            guard !inFullView else { return [] }
            state.filterEditing = true
            return []
        case .sortNext:
            let choices = SortKey.choices(for: state.pane)
            let current = choices.firstIndex(of: state[list: state.pane].sort) ?? 0
            let next = choices[(current + 1) % choices.count]
            state[list: state.pane].sort = next
            // Figures read best biggest first; names alphabetically.
            state[list: state.pane].descending = [.cpu, .memory, .size, .created].contains(next)
            state.message = StatusMessage("sorted by \(next.label)", kind: .info, at: state.now)
            return clampCursor(&state, state.pane)
        case .sortReverse:
            state[list: state.pane].descending.toggle()
            return clampCursor(&state, state.pane)
        case .groupByProject:
            state.groupByProject.toggle()
            state.message = StatusMessage(
                state.groupByProject ? "grouped by compose project" : "not grouped", kind: .info, at: state.now)
            return clampCursor(&state, .containers)
        case .mark:
            guard let id = state[list: state.pane].cursorID else { return [] }
            if state[list: state.pane].marks.contains(id) {
                state[list: state.pane].marks.remove(id)
            } else {
                state[list: state.pane].marks.insert(id)
            }
            return moveCursor(&state, by: 1)
        case .markAll: return markAll(&state)
        case .clearMarks:
            state[list: state.pane].marks = []
            return []
        case .preset: return cyclePreset(&state)
        case .prune: return openPrune(&state)
        case .logs: return openLogs(&state)
        case .inspect: return openInspect(&state)
        case .start, .stop, .restart, .pauseToggle, .kill, .remove:
            return engineCommand(&state, command)
        case .exec, .execCommand, .attach:
            return interactive(&state, command)
        case .projectLogs: return openProjectLogs(&state)
        case .toggleFollow, .search, .searchNext, .searchPrevious, .filterLog, .cycleStreams, .toggleTimestamps,
            .toggleWrap, .scrollLeft, .scrollRight, .cycleTail, .cycleSince, .cycleDisplay, .saveLog, .copyLines,
            .markLine:
            return logCommand(&state, command)
        }
    }

    /// Esc: close the innermost thing that is open.
    static func back(_ state: inout AppState) -> [Effect] {
        if state.inspect != nil {
            state.inspect = nil
            return []
        }
        if let log = state.log, log.fullScreen {
            if log.isMerged {
                // The detail area shows the selected container again.
                state.log = nil
                return [.stopLogs] + followSelectedLog(&state, delay: 0)
            }
            state.log?.fullScreen = false
            state.log?.follow = true
            state.log?.jumpToNewest()
            state.log?.mark = nil
            return followSelectedLog(&state, delay: 0)
        }
        if !state[list: state.pane].filter.isEmpty {
            state[list: state.pane].filter = ""
            return clampCursor(&state, state.pane) + followSelectedLog(&state, delay: 150)
        }
        if !state[list: state.pane].marks.isEmpty {
            state[list: state.pane].marks = []
            return []
        }
        return []
    }

    /// `l`/Enter: the selected container's log full screen, or the marked containers' logs merged.
    static func openLogs(_ state: inout AppState) -> [Effect] {
        guard state.pane == .containers else { return [] }
        let marked = selectedIDs(state, .containers)
        if state[list: .containers].marks.count > 1, marked.count > 1 {
            let sources = marked.compactMap { id in state.containers[id].map { LogSource(id: id, name: $0.name) } }
            return openMergedLogs(&state, sources, name: sources.map(\.name).joined(separator: ", "))
        }
        guard let id = state[list: .containers].cursorID, let container = state.containers[id] else { return [] }
        var effects: [Effect] = []
        if state.log?.containerID != id || state.log?.isMerged == true {
            effects = openLogView(&state, sources: [LogSource(id: id, name: container.name)], name: container.name,
                                  delay: 0)
        }
        state.log?.fullScreen = true
        return effects
    }

    /// `L`: every container of the selected one's compose project, merged.
    static func openProjectLogs(_ state: inout AppState) -> [Effect] {
        guard state.pane == .containers, let id = state[list: .containers].cursorID,
            let container = state.containers[id]
        else { return [] }
        guard let project = container.composeProject else {
            state.message = StatusMessage("\(container.name) is not part of a compose project", kind: .info, at: state.now)
            return []
        }
        let sources = Rows.containers(state).filter { $0.composeProject == project }.map { LogSource(id: $0.id, name: $0.name) }
        return openMergedLogs(&state, sources, name: "project \(project)")
    }

    /// At most this many logs are merged into one view.
    static let mergeLimit = 20

    static func openMergedLogs(_ state: inout AppState, _ sources: [LogSource], name: String) -> [Effect] {
        guard !sources.isEmpty else { return [] }
        let kept = Array(sources.prefix(mergeLimit))
        if sources.count > kept.count {
            state.message = StatusMessage("merging the first \(kept.count) of \(sources.count) logs", kind: .info,
                                          at: state.now)
        }
        let effects = openLogView(&state, sources: kept, name: name, delay: 0)
        state.log?.fullScreen = true
        return effects
    }

    static func openInspect(_ state: inout AppState) -> [Effect] {
        guard state.pane == .containers, let id = state[list: .containers].cursorID,
            let container = state.containers[id]
        else { return [] }
        state.inspect = InspectView(containerID: id, name: container.name)
        return [.inspect(id: id)]
    }
}
