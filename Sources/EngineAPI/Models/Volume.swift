/// A volume, from `GET /volumes`, `/volumes/{name}` or `/system/df` (which adds `UsageData`).
public struct Volume: Codable, Sendable, Equatable, Identifiable {
    public var name: String
    public var driver: String?
    public var mountpoint: String?
    public var createdAt: String?
    public var labels: [String: String]?
    public var scope: String?
    public var options: [String: String]?
    public var usageData: UsageData?

    public var id: String { name }

    enum CodingKeys: String, CodingKey {
        case name = "Name", driver = "Driver", mountpoint = "Mountpoint", createdAt = "CreatedAt", labels = "Labels"
        case scope = "Scope", options = "Options", usageData = "UsageData"
    }

    public init(name: String, driver: String? = "local", createdAt: String? = nil, labels: [String: String]? = nil,
                usageData: UsageData? = nil) {
        self.name = name
        self.driver = driver
        self.createdAt = createdAt
        self.labels = labels
        self.usageData = usageData
    }

    /// Size and reference count; -1 where the engine did not compute them.
    public struct UsageData: Codable, Sendable, Equatable {
        public var size: Int64
        public var refCount: Int64
        enum CodingKeys: String, CodingKey { case size = "Size", refCount = "RefCount" }
        public init(size: Int64, refCount: Int64) {
            self.size = size
            self.refCount = refCount
        }
    }

    /// Anonymous volumes get a 64-hex-digit name (or carry the engine's `anonymous` label).
    public var isAnonymous: Bool {
        if labels?["com.docker.volume.anonymous"] != nil { return true }
        return name.count == 64 && name.allSatisfy(\.isHexDigit)
    }
}

/// `GET /volumes`.
public struct VolumeList: Codable, Sendable, Equatable {
    public var volumes: [Volume]?
    public var warnings: [String]?
    enum CodingKeys: String, CodingKey { case volumes = "Volumes", warnings = "Warnings" }
}

/// `POST /volumes/create` body.
public struct VolumeCreateRequest: Codable, Sendable, Equatable {
    public var name: String?
    public var driver: String?
    public var labels: [String: String]?
    enum CodingKeys: String, CodingKey { case name = "Name", driver = "Driver", labels = "Labels" }
    public init(name: String? = nil, driver: String? = nil, labels: [String: String]? = nil) {
        self.name = name
        self.driver = driver
        self.labels = labels
    }
}
