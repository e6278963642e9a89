/// A cleanup in three phases: the preview of exactly what will be removed, the removal with a result
/// per object, and the summary. Only the previewed objects are ever touched.
public struct PrunePlan: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case preview
        case running
        case finished
    }

    /// How one object fared.
    public enum Outcome: Sendable, Equatable {
        case removed(freed: Int64?)
        /// Changed since the preview (started again, now in use): left alone.
        case skipped(String)
        case failed(String)
    }

    /// One object the preview lists.
    public struct Item: Sendable, Equatable, Identifiable {
        public var id: String
        public var name: String
        /// Seconds since the epoch, when known.
        public var created: Double?
        /// Named volumes lose data people may want; they are listed apart with a warning.
        public var isNamedVolume = false

        public init(id: String, name: String, created: Double?, isNamedVolume: Bool = false) {
            self.id = id
            self.name = name
            self.created = created
            self.isNamedVolume = isNamedVolume
        }
    }

    public var pane: PaneKind
    public var items: [Item]
    /// Images only: just dangling ones, or every unused one.
    public var imageScope: ImageScope = .dangling
    /// Images only: also prune the build cache.
    public var includeBuildCache = false
    public var phase: Phase = .preview
    public var outcomes: [String: Outcome] = [:]
    public var buildCacheFreed: Int64?
    /// First row of the list in the dialog.
    public var scroll = 0

    /// Which images a cleanup covers.
    public enum ImageScope: Sendable, Equatable {
        case dangling, allUnused
    }

    public init(pane: PaneKind, items: [Item]) {
        self.pane = pane
        self.items = items
    }

    public var done: Int { outcomes.count }
    public var removedCount: Int { outcomes.values.filter { if case .removed = $0 { true } else { false } }.count }
    public var freed: Int64 {
        outcomes.values.reduce(Int64(0)) { total, outcome in
            if case .removed(let freed?) = outcome { return total + max(0, freed) }
            return total
        } + (buildCacheFreed ?? 0)
    }
}
