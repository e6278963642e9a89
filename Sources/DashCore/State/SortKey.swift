/// Columns a list can be sorted by; each pane offers its own subset.
public enum SortKey: String, Sendable, Hashable, CaseIterable {
    case name, state, created, cpu, memory, size

    public static func choices(for pane: PaneKind) -> [SortKey] {
        switch pane {
        case .containers: [.name, .state, .created, .cpu, .memory]
        case .images: [.name, .created, .size]
        case .volumes: [.name, .created, .size]
        }
    }

    public var label: String {
        switch self {
        case .name: "name"
        case .state: "state"
        case .created: "created"
        case .cpu: "CPU"
        case .memory: "memory"
        case .size: "size"
        }
    }
}
