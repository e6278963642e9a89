import EngineAPI
import TermRender

/// Engine commands on the selected or marked objects, with confirmation for destructive ones.
extension Reducer {
    static func engineCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch state.pane {
        case .containers: return containerCommand(&state, command)
        case .images:
            guard command == .remove else { return [] }
            let targets = selectedIDs(state, .images).compactMap { id in
                state.images[id].map { CommandTarget(id: id, name: Rows.imageName($0)) }
            }
            guard !targets.isEmpty else { return [] }
            let usage = Rows.imageUsage(state)
            let used = targets.filter { (usage[$0.id] ?? 0) > 0 }
            state.overlay = .confirm(
                Confirmation(
                    question: targets.count == 1 ? "Remove image \(targets[0].name)?" : "Remove \(targets.count) images?",
                    warning: used.isEmpty ? nil : "\(used.map(\.name).joined(separator: ", ")) still used by containers: the engine will refuse",
                    command: .removeImage(force: false), targets: targets))
            return []
        case .volumes:
            guard command == .remove else { return [] }
            let users = Rows.volumeUsers(state)
            let targets = selectedIDs(state, .volumes).map { CommandTarget(id: $0, name: $0) }
            guard !targets.isEmpty else { return [] }
            // A volume in use is never offered for removal.
            if let busy = targets.first(where: { !(users[$0.id] ?? []).isEmpty }) {
                let names = (users[busy.id] ?? []).joined(separator: ", ")
                state.message = StatusMessage("volume \(busy.name) is in use by \(names): remove those containers first",
                                              kind: .error, at: state.now)
                return []
            }
            let named = targets.filter { state.volumes[$0.id]?.isAnonymous == false }
            state.overlay = .confirm(
                Confirmation(
                    question: targets.count == 1 ? "Remove volume \(targets[0].name)?" : "Remove \(targets.count) volumes?",
                    warning: named.isEmpty ? "its data is deleted" : "named volume data is deleted for good",
                    command: .removeVolume, targets: targets))
            return []
        }
    }

    static func containerCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
        let containers = selectedIDs(state, .containers).compactMap { state.containers[$0] }
        guard !containers.isEmpty else { return [] }
        let running = containers.filter { ContainerPhase($0).isRunning || $0.state == "paused" || $0.state == "restarting" }
        func targets(_ list: [ContainerSummary]) -> [CommandTarget] { list.map { CommandTarget(id: $0.id, name: $0.name) } }
        switch command {
        case .start:
            let stopped = containers.filter { !ContainerPhase($0).isRunning && $0.state != "paused" }
            return run(&state, .start, targets(stopped.isEmpty ? containers : stopped))
        case .stop: return run(&state, .stop, targets(running.isEmpty ? containers : running))
        case .restart: return run(&state, .restart, targets(containers))
        case .pauseToggle:
            let paused = containers.filter { $0.state == "paused" }
            if !paused.isEmpty && paused.count == containers.count { return run(&state, .unpause, targets(paused)) }
            return run(&state, .pause, targets(containers.filter { $0.state != "paused" }))
        case .kill:
            let list = running.isEmpty ? containers : running
            if !state.settings.confirmKill { return run(&state, .kill, targets(list)) }
            state.overlay = .confirm(
                Confirmation(
                    question: list.count == 1 ? "Kill \(list[0].name)?" : "Kill \(list.count) containers?",
                    warning: "SIGKILL: no chance to shut down cleanly", command: .kill, targets: targets(list)))
            return []
        case .remove:
            // Turning confirmations off never covers a running container: force always asks, naming it.
            if !state.settings.confirmRemove && running.isEmpty {
                return run(&state, .removeContainer(force: false), targets(containers))
            }
            let names = running.map(\.name)
            let warning: String? =
                running.isEmpty
                ? nil
                : (names.count == 1 ? "\(names[0]) is running" : "\(names.count) are running (\(names.prefix(3).joined(separator: ", ")))")
                    + ": force removal stops it first"
            state.overlay = .confirm(
                Confirmation(
                    question: containers.count == 1 ? "Remove container \(containers[0].name)?" : "Remove \(containers.count) containers?",
                    warning: warning, command: .removeContainer(force: !running.isEmpty), targets: targets(containers)))
            return []
        default:
            return []
        }
    }

    /// The marked rows of `pane` that still exist, or the cursor row when none is marked.
    static func selectedIDs(_ state: AppState, _ pane: PaneKind) -> [String] {
        let list = state[list: pane]
        if !list.marks.isEmpty { return Rows.ids(state, pane).filter { list.marks.contains($0) } }
        return list.cursorID.map { [$0] } ?? []
    }

    static func answerConfirmation(_ state: inout AppState, _ confirmation: Confirmation, _ key: KeyEvent) -> [Effect] {
        switch key {
        case .char("y"), .char("Y"):
            state.overlay = nil
            state.lists[state.pane]?.marks = []
            return run(&state, confirmation.command, confirmation.targets)
        case .char("n"), .char("N"), .escape, .char("q"):
            state.overlay = nil
            state.message = StatusMessage("cancelled", kind: .info, at: state.now)
            return []
        default:
            return []
        }
    }

    static func run(_ state: inout AppState, _ command: EngineCommand, _ targets: [CommandTarget]) -> [Effect] {
        guard !targets.isEmpty else { return [] }
        for target in targets { state.pending[target.id] = command.progressive }
        state.batch = AppState.BatchProgress(command: command, total: targets.count)
        let what = targets.count == 1 ? targets[0].name : "\(targets.count) objects"
        state.message = StatusMessage("\(command.progressive) \(what)…", kind: .busy, at: state.now)
        return [.run(command, targets)]
    }

    static func commandFinished(
        _ state: inout AppState, _ command: EngineCommand, _ target: CommandTarget, _ error: String?
    ) -> [Effect] {
        state.pending[target.id] = nil
        guard var batch = state.batch, batch.command == command else {
            state.message = StatusMessage(error ?? "\(target.name) \(command.past)", kind: error == nil ? .info : .error, at: state.now)
            return []
        }
        batch.done += 1
        batch.lastTarget = target.name
        if let error { batch.failures.append(error) }
        state.batch = batch
        if batch.done < batch.total {
            state.message = StatusMessage("\(command.progressive) \(batch.done)/\(batch.total)…", kind: .busy, at: state.now)
            return []
        }
        state.batch = nil
        let succeeded = batch.total - batch.failures.count
        if batch.total == 1 {
            state.message = StatusMessage(batch.failures.first ?? "\(target.name) \(command.past)",
                                          kind: batch.failures.isEmpty ? .info : .error, at: state.now)
        } else if batch.failures.isEmpty {
            state.message = StatusMessage("\(command.past) \(succeeded) of \(batch.total)", kind: .info, at: state.now)
        } else {
            state.message = StatusMessage(
                "\(command.past) \(succeeded) of \(batch.total); \(batch.failures.count) failed: \(batch.failures[0])",
                kind: .error, at: state.now)
        }
        switch command {
        case .removeImage, .removeVolume:
            state.diskUsage = .loading
            return [.loadDiskUsage]
        default:
            return []
        }
    }
}
