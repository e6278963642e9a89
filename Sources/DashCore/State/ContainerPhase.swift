import EngineAPI

/// A container's state as the dashboard colours and sorts it (health folded in).
public enum ContainerPhase: String, Sendable, Hashable {
    case running, unhealthy, paused, restarting, created, exited, dead, removing, unknown

    public init(_ container: ContainerSummary) {
        switch container.state {
        case "running": self = container.status.contains("(unhealthy)") ? .unhealthy : .running
        case "paused": self = .paused
        case "restarting": self = .restarting
        case "created": self = .created
        case "exited": self = .exited
        case "dead": self = .dead
        case "removing": self = .removing
        default: self = .unknown
        }
    }

    /// Sort order for the state column: what needs attention first.
    var rank: Int {
        switch self {
        case .unhealthy: 0
        case .restarting: 1
        case .running: 2
        case .paused: 3
        case .created: 4
        case .exited: 5
        case .dead: 6
        case .removing: 7
        case .unknown: 8
        }
    }

    public var isRunning: Bool { self == .running || self == .unhealthy }
}
