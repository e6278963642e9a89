/// `GET /version`.
public struct SystemVersion: Codable, Sendable, Equatable {
    public var version: String?
    public var apiVersion: String?
    public var minAPIVersion: String?
    public var os: String?
    public var arch: String?
    public var kernelVersion: String?
    public var gitCommit: String?
    public var goVersion: String?

    enum CodingKeys: String, CodingKey {
        case version = "Version", apiVersion = "ApiVersion", minAPIVersion = "MinAPIVersion", os = "Os", arch = "Arch"
        case kernelVersion = "KernelVersion", gitCommit = "GitCommit", goVersion = "GoVersion"
    }

    public init(version: String? = nil, apiVersion: String? = nil) {
        self.version = version
        self.apiVersion = apiVersion
    }
}

/// `GET /info`: the engine-wide counts and facts a header shows.
public struct SystemInfo: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var containers: Int?
    public var containersRunning: Int?
    public var containersPaused: Int?
    public var containersStopped: Int?
    public var images: Int?
    public var serverVersion: String?
    public var operatingSystem: String?
    public var osType: String?
    public var architecture: String?
    public var ncpu: Int?
    public var memTotal: Int64?
    public var driver: String?
    public var dockerRootDir: String?
    public var kernelVersion: String?

    enum CodingKeys: String, CodingKey {
        case id = "ID", name = "Name", containers = "Containers", containersRunning = "ContainersRunning"
        case containersPaused = "ContainersPaused", containersStopped = "ContainersStopped", images = "Images"
        case serverVersion = "ServerVersion", operatingSystem = "OperatingSystem", osType = "OSType"
        case architecture = "Architecture", ncpu = "NCPU", memTotal = "MemTotal", driver = "Driver"
        case dockerRootDir = "DockerRootDir", kernelVersion = "KernelVersion"
    }
}

/// `GET /system/df`: sizes of images, containers, volumes and build cache.
public struct DiskUsage: Codable, Sendable, Equatable {
    public var layersSize: Int64?
    public var images: [ImageSummary]?
    public var containers: [ContainerSummary]?
    public var volumes: [Volume]?
    public var buildCache: [BuildCacheRecord]?

    enum CodingKeys: String, CodingKey {
        case layersSize = "LayersSize", images = "Images", containers = "Containers", volumes = "Volumes"
        case buildCache = "BuildCache"
    }

    /// One build-cache entry.
    public struct BuildCacheRecord: Codable, Sendable, Equatable {
        public var id: String?
        public var type: String?
        public var size: Int64?
        public var inUse: Bool?
        public var shared: Bool?
        enum CodingKeys: String, CodingKey { case id = "ID", type = "Type", size = "Size", inUse = "InUse", shared = "Shared" }
    }
}

/// What `GET /_ping` tells: the engine's API version, from its `API-Version` header.
public struct PingResult: Sendable, Equatable {
    public var apiVersion: APIVersion?
    public var osType: String?

    public init(apiVersion: APIVersion?, osType: String?) {
        self.apiVersion = apiVersion
        self.osType = osType
    }
}

/// `GET /containers/{id}/top`.
public struct ProcessList: Codable, Sendable, Equatable {
    public var titles: [String]?
    public var processes: [[String]]?
    enum CodingKeys: String, CodingKey { case titles = "Titles", processes = "Processes" }
}
