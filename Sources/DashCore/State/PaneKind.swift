/// The lists the dashboard can show.
public enum PaneKind: String, CaseIterable, Sendable, Hashable {
    case containers
    case images
    case volumes

    public var title: String {
        switch self {
        case .containers: "Containers"
        case .images: "Images"
        case .volumes: "Volumes"
        }
    }

    /// The next pane for Tab (and the previous for Shift-Tab), wrapping around.
    public func cycled(by step: Int) -> PaneKind {
        let all = PaneKind.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[((index + step) % all.count + all.count) % all.count]
    }
}
