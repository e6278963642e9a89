import EngineAPI

/// Cleanup: removes exactly the previewed objects, one by one with a few in flight, re-checking each
/// first so that what changed since the preview is skipped rather than removed.
extension EffectRunner {
    func prune(_ request: PruneRequest) async {
        let engine = self.engine
        await Self.forEach(request.targets, limit: 8) { target in
            (target.id, await Self.prune(target, pane: request.pane, engine: engine))
        } deliver: { result in
            self.send(.pruneItemFinished(id: result.0, result.1))
        }
        guard request.buildCache else { return }
        do {
            let report = try await engine.pruneBuildCache(all: false)
            send(.buildCachePruned(freed: report.spaceReclaimed ?? 0, error: nil))
        } catch {
            send(.buildCachePruned(freed: 0, error: UserText.describe(error)))
        }
    }

    nonisolated static func prune(_ target: PruneTarget, pane: PaneKind, engine: any DockerEngine) async
        -> PrunePlan.Outcome
    {
        do {
            switch pane {
            case .containers:
                let now = try await engine.inspectContainer(target.id)
                let status = now.state?.status ?? "unknown"
                guard ["exited", "created", "dead"].contains(status) else {
                    return .skipped("\(status) now (changed since the preview)")
                }
                try await engine.removeContainer(target.id, force: false, volumes: false)
            case .images:
                _ = try await engine.removeImage(target.id, force: false, noPrune: false)
            case .volumes:
                try await engine.removeVolume(target.id, force: false)
            }
            return .removed(freed: target.size)
        } catch let error as EngineError where error.isNotFound {
            return .skipped("already gone")
        } catch let error as EngineError where error.isConflict {
            // In use again (a new container, a restart): the engine refuses, which is what we want.
            return .skipped(UserText.describe(error))
        } catch {
            return .failed(UserText.describe(error))
        }
    }
}
