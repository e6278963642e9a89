/// One-key filters for cleaning up: what is stopped, dangling or unused.
public enum FilterPreset: String, Sendable, Hashable {
    case stopped, running, dangling, unused

    /// The presets a pane cycles through (after "none").
    public static func choices(for pane: PaneKind) -> [FilterPreset] {
        switch pane {
        case .containers: [.stopped, .running]
        case .images: [.dangling, .unused]
        case .volumes: [.unused]
        }
    }

    public var label: String {
        switch self {
        case .stopped: "stopped"
        case .running: "running"
        case .dangling: "dangling"
        case .unused: "unused"
        }
    }
}
