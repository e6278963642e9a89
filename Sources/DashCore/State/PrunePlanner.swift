import EngineAPI

/// Works out what a cleanup may remove, from what the list shows: stopped containers, unused
/// volumes, dangling or unused images. Anything running or in use is never a candidate.
public enum PrunePlanner {
    public static func plan(_ state: AppState, imageScope: PrunePlan.ImageScope = .dangling) -> PrunePlan {
        var plan = PrunePlan(pane: state.pane, items: items(state, imageScope: imageScope))
        plan.imageScope = imageScope
        return plan
    }

    static func items(_ state: AppState, imageScope: PrunePlan.ImageScope) -> [PrunePlan.Item] {
        switch state.pane {
        case .containers:
            return Rows.containers(state).filter(isPrunable).map {
                PrunePlan.Item(id: $0.id, name: $0.name, created: Double($0.created))
            }
        case .images:
            let usage = Rows.imageUsage(state)
            return Rows.images(state).filter { image in
                (usage[image.id] ?? 0) == 0 && (imageScope == .allUnused || image.isDangling)
            }.map { PrunePlan.Item(id: $0.id, name: Rows.imageName($0), created: $0.created.map(Double.init)) }
        case .volumes:
            let users = Rows.volumeUsers(state)
            let unused = Rows.volumes(state).filter { (users[$0.name] ?? []).isEmpty && (state.volumeRefCounts[$0.name] ?? 0) <= 0 }
            // Anonymous first, then named ones, which the dialog marks as holding data.
            return unused.filter(\.isAnonymous).map { PrunePlan.Item(id: $0.name, name: $0.name, created: nil) }
                + unused.filter { !$0.isAnonymous }.map { PrunePlan.Item(id: $0.name, name: $0.name, created: nil, isNamedVolume: true) }
        }
    }

    /// Exited, created or dead: a container nobody is running.
    public static func isPrunable(_ container: ContainerSummary) -> Bool {
        ["exited", "created", "dead"].contains(container.state)
    }

    /// The space removing `id` frees, when the disk-usage answer told us.
    public static func size(of id: String, in pane: PaneKind, _ state: AppState) -> Int64? {
        switch pane {
        case .containers: return state.containerSizes[id]
        case .images:
            guard let image = state.images[id], let size = image.size else { return nil }
            // Layers shared with other images stay; only the image's own part is freed.
            let shared = state.imageSharedSizes[id] ?? image.sharedSize ?? 0
            return shared > 0 ? size - shared : size
        case .volumes: return state.volumeSizes[id]
        }
    }
}
