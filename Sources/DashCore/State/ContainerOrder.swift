/// The display order of the containers list, remembered with the inputs it was sorted from.
///
/// With a thousand containers, sorting on every frame and every cursor move was most of what an idle
/// dashboard cost. The order is kept in state, recomputed by the reducer only when its inputs change, and
/// used only while its key still matches the state: a stale order is never shown, it is recomputed instead.
public struct ContainerOrder: Sendable {
    /// Everything the order depends on.
    struct Key: Equatable, Sendable {
        var containers: UInt64
        /// Only the CPU and memory sorts read stats, so only they are invalidated by new samples.
        var stats: UInt64?
        var filter: String
        var preset: FilterPreset?
        var sort: SortKey
        var descending: Bool
        var groupByProject: Bool

        init(_ state: AppState) {
            let list = state[list: .containers]
            containers = state.containersGeneration
            stats = list.sort == .cpu || list.sort == .memory ? state.statsGeneration : nil
            filter = list.filter
            preset = list.preset
            sort = list.sort
            descending = list.descending
            groupByProject = state.groupByProject
        }
    }

    var key: Key?
    /// Container ids in display order.
    var ids: [String] = []

    public init() {}

    /// The ordered ids if they were sorted from this very state, else nil.
    func ids(for state: AppState) -> [String]? {
        key == Key(state) ? ids : nil
    }
}

extension AppState {
    /// Sorts the containers list again if anything it depends on changed since the last time.
    public mutating func refreshContainerOrder() {
        let key = ContainerOrder.Key(self)
        guard containerOrder.key != key else { return }
        containerOrder.ids = Rows.sortedContainers(self).map(\.id)
        containerOrder.key = key
    }
}
