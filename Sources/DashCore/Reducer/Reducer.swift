import EngineAPI
import TermRender

/// The one place state changes: `reduce` applies an action and returns the work to do next.
/// Pure: no I/O, no clock, no randomness, so every branch is testable as state-plus-effects.
public enum Reducer {
    /// Effects to run when the dashboard starts.
    public static func start(_ state: inout AppState) -> [Effect] {
        state.engine.connection = .connecting
        return [.connect]
    }

    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = apply(&state, action)
        // Sorted here, once per change, so rendering and cursor moves only look the order up.
        state.refreshContainerOrder()
        return effects
    }

    private static func apply(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key): return handleKey(&state, key)
        case .resized(let size):
            state.size = size
            return clampCursor(&state, state.pane) + followSelectedLog(&state, delay: 0)
        case .tick(let now): return tick(&state, now)
        case .connected(let version, let apiVersion):
            state.engine.connection = .connected
            state.engine.failures = 0
            state.engine.serverVersion = version.version
            state.engine.apiVersion = apiVersion
            return resync(&state, since: Int64(state.now))
        case .engineLost(let reason): return engineLost(&state, reason)
        case .containersListed(let list): return containersListed(&state, list)
        case .imagesListed(let list):
            state.images = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
            state.loaded.insert(.images)
            return pruneMarks(&state, .images) + clampCursor(&state, .images)
        case .volumesListed(let list):
            state.volumes = Dictionary(list.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
            state.loaded.insert(.volumes)
            return pruneMarks(&state, .volumes) + clampCursor(&state, .volumes)
        case .diskUsageLoaded(let usage):
            state.diskUsage = .loaded
            for volume in usage.volumes ?? [] {
                if let size = volume.usageData?.size, size >= 0 { state.volumeSizes[volume.name] = size }
                if let refs = volume.usageData?.refCount, refs >= 0 { state.volumeRefCounts[volume.name] = refs }
            }
            for container in usage.containers ?? [] { state.containerSizes[container.id] = container.sizeRw ?? 0 }
            for image in usage.images ?? [] {
                if let shared = image.sharedSize, shared >= 0 { state.imageSharedSizes[image.id] = shared }
            }
            state.buildCacheSize = (usage.buildCache ?? []).filter { $0.inUse != true }.reduce(0) { $0 + ($1.size ?? 0) }
            return clampCursor(&state, state.pane)
        case .diskUsageFailed(let reason):
            state.diskUsage = .failed(reason)
            return []
        case .listFailed(let pane, let reason):
            state.message = StatusMessage("could not list \(pane.rawValue): \(reason)", kind: .error, at: state.now)
            return []
        case .containerRefreshed(let id, let summary):
            guard let summary else { return containerGone(&state, id) }
            state.containers[id] = summary
            state.statusReceivedAt[id] = state.now
            if !ContainerPhase(summary).isRunning { state.stats[id] = nil }
            return clampCursor(&state, .containers)
        case .eventReceived(let event): return eventReceived(&state, event)
        case .statsSampled(let id, let stats):
            guard state.containers[id] != nil else { return [] }
            state.stats[id] = StatsSample.next(after: state.stats[id], stats)
            return []
        case .logLinesReceived(let stream, let lines):
            return logLinesReceived(&state, stream, lines)
        case .logEnded(let stream, let reason):
            guard state.log?.stream == stream else { return [] }
            state.log?.endedReason = reason ?? "the log ended (container stopped)"
            return []
        case .logScanDue(let stream):
            return logScanDue(&state, stream)
        case .logSaved(let path, let lines, let error):
            return logSaved(&state, path: path, lines: lines, error: error)
        case .inspected(let id, let details):
            guard state.inspect?.containerID == id else { return [] }
            state.inspect?.document = InspectDocument.lines(details)
            state.inspect?.loading = false
            return []
        case .inspectFailed(let id, let reason):
            guard state.inspect?.containerID == id else { return [] }
            state.inspect?.loading = false
            state.inspect?.error = reason
            return []
        case .commandFinished(let command, let target, let error):
            return commandFinished(&state, command, target, error)
        case .interactiveFinished(let outcome):
            return interactiveFinished(&state, outcome)
        case .themeApplied(let name, let problem):
            state.message = StatusMessage(problem ?? "theme \(name)", kind: problem == nil ? .info : .error, at: state.now)
            return []
        case .pruneItemFinished(let id, let outcome):
            return pruneItemFinished(&state, id, outcome)
        case .buildCachePruned(let freed, let error):
            return buildCachePruned(&state, freed: freed, error: error)
        }
    }

    /// Everything listed again and the events stream (re)opened.
    static func resync(_ state: inout AppState, since: Int64) -> [Effect] {
        state.lastSync = state.now
        var effects: [Effect] = [.watchEvents(since: since), .listContainers, .listImages, .listVolumes]
        if state.pane != .containers || state.diskUsage != .idle { effects.append(.loadDiskUsage) }
        return effects
    }

    static func engineLost(_ state: inout AppState, _ reason: String) -> [Effect] {
        state.engine.failures += 1
        let wait = min(30, 1 << min(state.engine.failures - 1, 5))
        state.engine.connection = .unreachable(reason: reason, retryAt: state.now + Double(wait))
        return [.reconnect(afterSeconds: wait)]
    }

    static func tick(_ state: inout AppState, _ now: Double) -> [Effect] {
        state.now = now
        if let message = state.message, message.kind == .info, now - message.shownAt > 6 { state.message = nil }
        guard state.engine.isConnected else { return [] }
        var effects: [Effect] = []
        if now - state.lastSync >= state.settings.resyncInterval {
            state.lastSync = now
            effects += [.listContainers, .listImages, .listVolumes]
        }
        if state.pane == .containers, state.inspect == nil, state.log?.fullScreen != true,
            now - state.lastStatsAt >= state.settings.statsInterval
        {
            state.lastStatsAt = now
            let ids = visibleRunningContainers(state)
            if !ids.isEmpty { effects.append(.sampleStats(ids: ids)) }
        }
        return effects
    }

    /// Running containers whose rows are on screen: the only ones worth stats.
    public static func visibleRunningContainers(_ state: AppState) -> [String] {
        let ids = Rows.ids(state, .containers)
        let top = min(state[list: .containers].top, max(0, ids.count - 1))
        return ids.dropFirst(top).prefix(state.layout.listRows).filter { id in
            state.containers[id].map { ContainerPhase($0).isRunning } ?? false
        }
    }

    static func containersListed(_ state: inout AppState, _ list: [ContainerSummary]) -> [Effect] {
        state.containers = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        state.statusReceivedAt = Dictionary(list.map { ($0.id, state.now) }, uniquingKeysWith: { _, last in last })
        state.stats = state.stats.filter { state.containers[$0.key].map { ContainerPhase($0).isRunning } ?? false }
        state.loaded.insert(.containers)
        var effects = pruneMarks(&state, .containers) + clampCursor(&state, .containers)
        if let log = state.log, log.sources.allSatisfy({ state.containers[$0.id] == nil }) {
            state.log?.endedReason = log.isMerged ? "the containers were removed" : "the container was removed"
        }
        effects += followSelectedLog(&state, delay: 0)
        return effects
    }

    static func containerGone(_ state: inout AppState, _ id: String) -> [Effect] {
        state.containers[id] = nil
        state.stats[id] = nil
        state.statusReceivedAt[id] = nil
        state.lists[.containers]?.marks.remove(id)
        if let log = state.log, log.sources.contains(where: { $0.id == id }),
            log.sources.allSatisfy({ $0.id == id || state.containers[$0.id] == nil })
        {
            state.log?.endedReason = log.isMerged ? "the containers were removed" : "the container was removed"
        }
        if state.inspect?.containerID == id { state.inspect?.error = "the container was removed" }
        return clampCursor(&state, .containers) + followSelectedLog(&state, delay: 150)
    }

    /// Container events become a refresh of that one container; noise (health-check execs) is ignored.
    static func eventReceived(_ state: inout AppState, _ event: EngineEvent) -> [Effect] {
        switch event.type {
        case "container":
            let action = event.baseAction
            if ["exec_create", "exec_start", "exec_die", "exec_detach", "attach", "detach", "resize", "top",
                "archive-path", "extract-to-dir", "copy", "export", "commit"].contains(action)
            {
                return []
            }
            if action == "destroy" { return containerGone(&state, event.actor.id) }
            return [.refreshContainer(id: event.actor.id)]
        case "image":
            return ["delete", "untag", "tag", "import", "pull", "load", "prune"].contains(event.baseAction) ? [.listImages] : []
        case "volume":
            return ["create", "destroy", "prune"].contains(event.baseAction) ? [.listVolumes] : []
        case "daemon":
            return event.baseAction == "reload" ? resync(&state, since: Int64(state.now)) : []
        default:
            return []
        }
    }

    static func pruneMarks(_ state: inout AppState, _ pane: PaneKind) -> [Effect] {
        let marks = state[list: pane].marks
        let kept: Set<String>
        switch pane {
        case .containers: kept = marks.filter { state.containers[$0] != nil }
        case .images: kept = marks.filter { state.images[$0] != nil }
        case .volumes: kept = marks.filter { state.volumes[$0] != nil }
        }
        state[list: pane].marks = kept
        return []
    }
}
