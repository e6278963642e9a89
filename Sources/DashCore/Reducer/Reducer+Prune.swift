import EngineAPI
import TermRender

/// Cleanup: mark-all, presets, and prune with a preview of exactly what goes.
extension Reducer {
    static func markAll(_ state: inout AppState) -> [Effect] {
        let shown = Rows.ids(state, state.pane)
        let marks = state[list: state.pane].marks
        if !shown.isEmpty, shown.allSatisfy(marks.contains) {
            state[list: state.pane].marks.subtract(shown)
        } else {
            state[list: state.pane].marks.formUnion(shown)
        }
        return []
    }

    static func cyclePreset(_ state: inout AppState) -> [Effect] {
        let choices: [FilterPreset?] = [nil] + FilterPreset.choices(for: state.pane).map { $0 }
        let current = choices.firstIndex(of: state[list: state.pane].preset) ?? 0
        let next = choices[(current + 1) % choices.count]
        state[list: state.pane].preset = next
        state[list: state.pane].top = 0
        state.message = StatusMessage(next.map { "showing \($0.label) \(state.pane.rawValue)" } ?? "showing all \(state.pane.rawValue)",
                                      kind: .info, at: state.now)
        var effects = clampCursor(&state, state.pane) + followSelectedLog(&state, delay: 150)
        // "Unused" volumes need the engine's reference counts, which come with the disk usage.
        if next == .unused, state.pane == .volumes, state.diskUsage == .idle { effects += loadDiskUsage(&state) }
        return effects
    }

    static func loadDiskUsage(_ state: inout AppState) -> [Effect] {
        guard state.diskUsage != .loading else { return [] }
        state.diskUsage = .loading
        return [.loadDiskUsage]
    }

    static func openPrune(_ state: inout AppState) -> [Effect] {
        let plan = PrunePlanner.plan(state)
        if plan.items.isEmpty && state.pane != .images {
            let scope = state[list: state.pane].filter.isEmpty && state[list: state.pane].preset == nil ? "" : " among the rows shown"
            let what = state.pane == .containers ? "stopped containers" : "unused volumes"
            state.message = StatusMessage("nothing to clean up: no \(what)\(scope)", kind: .info, at: state.now)
            return []
        }
        state.overlay = .prune(plan)
        return state.diskUsage == .loaded ? [] : loadDiskUsage(&state)
    }

    static func answerPrune(_ state: inout AppState, _ plan: PrunePlan, _ key: KeyEvent) -> [Effect] {
        var plan = plan
        switch plan.phase {
        case .running:
            return []
        case .finished:
            state.overlay = nil
            return []
        case .preview:
            break
        }
        switch key {
        case .char("y"), .char("Y"), .enter:
            guard !plan.items.isEmpty || plan.includeBuildCache else {
                state.overlay = nil
                return []
            }
            plan.phase = .running
            state.overlay = .prune(plan)
            state.message = StatusMessage("cleaning up \(plan.items.count) \(state.pane.rawValue)…", kind: .busy, at: state.now)
            let targets = plan.items.map {
                PruneTarget(id: $0.id, name: $0.name, size: PrunePlanner.size(of: $0.id, in: plan.pane, state))
            }
            return [.prune(PruneRequest(pane: plan.pane, targets: targets, buildCache: plan.includeBuildCache))]
        case .char("n"), .char("N"), .escape, .char("q"):
            state.overlay = nil
            state.message = StatusMessage("cancelled: nothing removed", kind: .info, at: state.now)
            return []
        case .char("a") where plan.pane == .images:
            let scope: PrunePlan.ImageScope = plan.imageScope == .dangling ? .allUnused : .dangling
            var replanned = PrunePlanner.plan(state, imageScope: scope)
            replanned.includeBuildCache = plan.includeBuildCache
            state.overlay = .prune(replanned)
            return []
        case .char("c") where plan.pane == .images:
            plan.includeBuildCache.toggle()
        case .char("j"), .down:
            plan.scroll = min(plan.scroll + 1, max(0, plan.items.count - 1))
        case .char("k"), .up:
            plan.scroll = max(0, plan.scroll - 1)
        default:
            return []
        }
        state.overlay = .prune(plan)
        return []
    }

    static func pruneItemFinished(_ state: inout AppState, _ id: String, _ outcome: PrunePlan.Outcome) -> [Effect] {
        guard case .prune(var plan) = state.overlay, plan.phase == .running else { return [] }
        plan.outcomes[id] = outcome
        return pruneProgress(&state, &plan)
    }

    static func buildCachePruned(_ state: inout AppState, freed: Int64?, error: String?) -> [Effect] {
        guard case .prune(var plan) = state.overlay, plan.phase == .running else { return [] }
        plan.buildCacheFreed = freed ?? 0
        if let error { state.message = StatusMessage("build cache: \(error)", kind: .error, at: state.now) }
        return pruneProgress(&state, &plan)
    }

    private static func pruneProgress(_ state: inout AppState, _ plan: inout PrunePlan) -> [Effect] {
        let cacheDone = !plan.includeBuildCache || plan.buildCacheFreed != nil
        guard plan.done == plan.items.count, cacheDone else {
            state.message = StatusMessage("removing \(plan.done)/\(plan.items.count)…", kind: .busy, at: state.now)
            state.overlay = .prune(plan)
            return []
        }
        plan.phase = .finished
        state.overlay = .prune(plan)
        let problems = plan.items.count - plan.removedCount
        var text = "removed \(plan.removedCount) of \(plan.items.count) \(plan.pane.rawValue), freed \(ByteCount.format(plan.freed))"
        if problems > 0 { text += "; \(problems) left alone (see the list)" }
        state.message = StatusMessage(text, kind: problems > 0 ? .error : .info, at: state.now)
        state.diskUsage = .loading
        return [.loadDiskUsage] + (plan.pane == .images ? [.listImages] : [])
    }
}

/// What the runner removes: exactly the previewed objects.
public struct PruneRequest: Sendable, Equatable {
    public var pane: PaneKind
    public var targets: [PruneTarget]
    public var buildCache: Bool
}

/// One previewed object, with the size it was shown with.
public struct PruneTarget: Sendable, Equatable {
    public var id: String
    public var name: String
    public var size: Int64?
}
