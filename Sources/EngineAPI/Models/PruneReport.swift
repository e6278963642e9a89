/// What a prune call removed and how many bytes it freed. One shape serves containers, images,
/// volumes, networks and build cache; each fills the list that applies.
public struct PruneReport: Codable, Sendable, Equatable {
    public var containersDeleted: [String]?
    public var imagesDeleted: [ImageDeleteItem]?
    public var volumesDeleted: [String]?
    public var networksDeleted: [String]?
    public var cachesDeleted: [String]?
    public var spaceReclaimed: Int64?

    enum CodingKeys: String, CodingKey {
        case containersDeleted = "ContainersDeleted", imagesDeleted = "ImagesDeleted", volumesDeleted = "VolumesDeleted"
        case networksDeleted = "NetworksDeleted", cachesDeleted = "CachesDeleted", spaceReclaimed = "SpaceReclaimed"
    }

    /// Every id or name the engine says it removed.
    public var removed: [String] {
        (containersDeleted ?? []) + (imagesDeleted ?? []).compactMap { $0.deleted ?? $0.untagged }
            + (volumesDeleted ?? []) + (networksDeleted ?? []) + (cachesDeleted ?? [])
    }
}
