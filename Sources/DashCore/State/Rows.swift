import EngineAPI

/// The rows each list shows, derived from state: filtered, sorted, with the cursor's position.
/// Derived on demand, so they can never disagree with the objects they come from; the containers' order is
/// the one exception, cached in state (`ContainerOrder`) and used only while it matches.
public enum Rows {
    public static func containers(_ state: AppState) -> [ContainerSummary] {
        if let ids = state.containerOrder.ids(for: state) { return ids.compactMap { state.containers[$0] } }
        return sortedContainers(state)
    }

    /// The containers list filtered and sorted from scratch.
    static func sortedContainers(_ state: AppState) -> [ContainerSummary] {
        let list = state[list: .containers]
        let filtered = state.containers.values.filter { container in
            guard matches(container, list.filter) else { return false }
            switch list.preset {
            case .stopped?: return PrunePlanner.isPrunable(container)
            case .running?: return ContainerPhase(container).isRunning
            default: return true
            }
        }
        // Small keys are sorted, not the summaries (large structs, slow to move), and lower-cased names are
        // computed once per sort instead of twice per comparison.
        let keys = filtered.indices.map { (name: filtered[$0].name.lowercased(), index: $0) }
        let sorted = keys.sorted { left, right in
            let a = filtered[left.index], b = filtered[right.index]
            if state.groupByProject, a.composeProject != b.composeProject {
                return (a.composeProject ?? "\u{10FFFF}") < (b.composeProject ?? "\u{10FFFF}")
            }
            let order = list.sort == .name ? Ordering(left.name, right.name) : compare(a, b, list.sort, state)
            if order != .same { return list.descending ? order == .after : order == .before }
            return left.name < right.name
        }
        return sorted.map { filtered[$0.index] }
    }

    public static func images(_ state: AppState) -> [ImageSummary] {
        let list = state[list: .images]
        let needle = list.filter.lowercased()
        let usage = list.preset == nil ? [:] : imageUsage(state)
        let filtered = state.images.values.filter { image in
            let typed = needle.isEmpty || imageName(image).lowercased().contains(needle) || image.shortID.hasPrefix(needle)
                || (needle == "dangling" && image.isDangling)
            switch list.preset {
            case .dangling?: return typed && image.isDangling
            case .unused?: return typed && (usage[image.id] ?? 0) == 0
            default: return typed
            }
        }
        return filtered.sorted { a, b in
            let order: Ordering
            switch list.sort {
            case .size: order = Ordering(a.size ?? 0, b.size ?? 0)
            case .created: order = Ordering(a.created ?? 0, b.created ?? 0)
            default: order = Ordering(imageName(a).lowercased(), imageName(b).lowercased())
            }
            if order != .same { return list.descending ? order == .after : order == .before }
            return a.id < b.id
        }
    }

    public static func volumes(_ state: AppState) -> [Volume] {
        let list = state[list: .volumes]
        let needle = list.filter.lowercased()
        let users = list.preset == nil ? [:] : volumeUsers(state)
        let filtered = state.volumes.values.filter { volume in
            let typed = needle.isEmpty || volume.name.lowercased().contains(needle)
                || (volume.driver ?? "").lowercased().contains(needle)
            guard list.preset == .unused else { return typed }
            return typed && (users[volume.name] ?? []).isEmpty && (state.volumeRefCounts[volume.name] ?? 0) <= 0
        }
        return filtered.sorted { a, b in
            let order: Ordering
            switch list.sort {
            case .size: order = Ordering(state.volumeSizes[a.name] ?? -1, state.volumeSizes[b.name] ?? -1)
            case .created: order = Ordering(a.createdAt ?? "", b.createdAt ?? "")
            default: order = Ordering(a.name.lowercased(), b.name.lowercased())
            }
            if order != .same { return list.descending ? order == .after : order == .before }
            return a.name < b.name
        }
    }

    /// The ids of the rows of `pane`, in display order.
    public static func ids(_ state: AppState, _ pane: PaneKind) -> [String] {
        switch pane {
        case .containers: state.containerOrder.ids(for: state) ?? sortedContainers(state).map(\.id)
        case .images: images(state).map(\.id)
        case .volumes: volumes(state).map(\.name)
        }
    }

    /// `repo:tag` of an image, or `<none>` with its short id for dangling ones.
    public static func imageName(_ image: ImageSummary) -> String {
        let tags = (image.repoTags ?? []).filter { $0 != "<none>:<none>" }
        return tags.first ?? "<none> \(image.shortID)"
    }

    /// How many containers use each image id.
    public static func imageUsage(_ state: AppState) -> [String: Int] {
        var usage: [String: Int] = [:]
        for container in state.containers.values {
            if let image = container.imageID { usage[image, default: 0] += 1 }
        }
        return usage
    }

    /// The names of the containers using each volume.
    public static func volumeUsers(_ state: AppState) -> [String: [String]] {
        var users: [String: [String]] = [:]
        for container in state.containers.values {
            for mount in container.mounts where mount.type == "volume" {
                if let name = mount.name { users[name, default: []].append(container.name) }
            }
        }
        return users.mapValues { $0.sorted() }
    }

    static func matches(_ container: ContainerSummary, _ filter: String) -> Bool {
        guard !filter.isEmpty else { return true }
        let needle = filter.lowercased()
        return container.name.lowercased().contains(needle) || container.image.lowercased().contains(needle)
            || container.state.contains(needle) || container.status.lowercased().contains(needle)
            || (container.composeProject?.lowercased().contains(needle) ?? false) || container.id.hasPrefix(needle)
    }

    enum Ordering: Equatable {
        case before, same, after
        init<T: Comparable>(_ a: T, _ b: T) {
            self = a < b ? .before : (b < a ? .after : .same)
        }
    }

    static func compare(_ a: ContainerSummary, _ b: ContainerSummary, _ key: SortKey, _ state: AppState) -> Ordering {
        switch key {
        case .state: Ordering(ContainerPhase(a).rank, ContainerPhase(b).rank)
        case .created: Ordering(a.created, b.created)
        case .cpu: Ordering(state.stats[a.id]?.cpuPercent ?? -1, state.stats[b.id]?.cpuPercent ?? -1)
        case .memory: Ordering(state.stats[a.id]?.memoryBytes ?? 0, state.stats[b.id]?.memoryBytes ?? 0)
        default: Ordering(a.name.lowercased(), b.name.lowercased())
        }
    }
}
