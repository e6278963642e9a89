/// One row of `GET /containers/json`.
public struct ContainerSummary: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var names: [String]
    public var image: String
    public var imageID: String?
    public var command: String?
    /// Seconds since the epoch.
    public var created: Int64
    public var ports: [PortBinding]
    public var sizeRw: Int64?
    public var sizeRootFs: Int64?
    public var labels: [String: String]
    /// created, restarting, running, removing, paused, exited or dead.
    public var state: String
    /// The engine's human text, e.g. "Up 2 hours (healthy)".
    public var status: String
    public var mounts: [MountPoint]
    public var networkSettings: NetworkSettingsSummary?

    enum CodingKeys: String, CodingKey {
        case id = "Id", names = "Names", image = "Image", imageID = "ImageID", command = "Command", created = "Created"
        case ports = "Ports", sizeRw = "SizeRw", sizeRootFs = "SizeRootFs", labels = "Labels", state = "State"
        case status = "Status", mounts = "Mounts", networkSettings = "NetworkSettings"
    }

    public init(
        id: String, names: [String], image: String, imageID: String? = nil, command: String? = nil, created: Int64,
        ports: [PortBinding] = [], sizeRw: Int64? = nil, sizeRootFs: Int64? = nil, labels: [String: String] = [:],
        state: String, status: String, mounts: [MountPoint] = [], networkSettings: NetworkSettingsSummary? = nil
    ) {
        self.id = id
        self.names = names
        self.image = image
        self.imageID = imageID
        self.command = command
        self.created = created
        self.ports = ports
        self.sizeRw = sizeRw
        self.sizeRootFs = sizeRootFs
        self.labels = labels
        self.state = state
        self.status = status
        self.mounts = mounts
        self.networkSettings = networkSettings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        image = try c.decodeIfPresent(String.self, forKey: .image) ?? ""
        imageID = try c.decodeIfPresent(String.self, forKey: .imageID)
        command = try c.decodeIfPresent(String.self, forKey: .command)
        created = try c.decodeIfPresent(Int64.self, forKey: .created) ?? 0
        ports = try c.decodeIfPresent([PortBinding].self, forKey: .ports) ?? []
        sizeRw = try c.decodeIfPresent(Int64.self, forKey: .sizeRw)
        sizeRootFs = try c.decodeIfPresent(Int64.self, forKey: .sizeRootFs)
        labels = try c.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
        state = try c.decodeIfPresent(String.self, forKey: .state) ?? "unknown"
        status = try c.decodeIfPresent(String.self, forKey: .status) ?? ""
        mounts = try c.decodeIfPresent([MountPoint].self, forKey: .mounts) ?? []
        networkSettings = try c.decodeIfPresent(NetworkSettingsSummary.self, forKey: .networkSettings)
    }

    /// The name without the leading slash the engine puts there.
    public var name: String {
        let first = names.first ?? String(id.prefix(12))
        return first.hasPrefix("/") ? String(first.dropFirst()) : first
    }

    /// The compose project this container belongs to, if any.
    public var composeProject: String? { labels["com.docker.compose.project"] }
}

/// A published or exposed port of a container.
public struct PortBinding: Codable, Sendable, Equatable, Hashable {
    public var ip: String?
    public var privatePort: Int
    public var publicPort: Int?
    public var type: String

    enum CodingKeys: String, CodingKey { case ip = "IP", privatePort = "PrivatePort", publicPort = "PublicPort", type = "Type" }

    public init(ip: String? = nil, privatePort: Int, publicPort: Int? = nil, type: String = "tcp") {
        self.ip = ip
        self.privatePort = privatePort
        self.publicPort = publicPort
        self.type = type
    }
}

/// A mount as listed with a container (summary and inspect share the shape).
public struct MountPoint: Codable, Sendable, Equatable {
    public var type: String?
    public var name: String?
    public var source: String?
    public var destination: String
    public var driver: String?
    public var mode: String?
    public var rw: Bool?

    enum CodingKeys: String, CodingKey {
        case type = "Type", name = "Name", source = "Source", destination = "Destination", driver = "Driver", mode = "Mode"
        case rw = "RW"
    }

    public init(type: String? = "volume", name: String? = nil, source: String? = nil, destination: String,
                driver: String? = nil, mode: String? = nil, rw: Bool? = true) {
        self.type = type
        self.name = name
        self.source = source
        self.destination = destination
        self.driver = driver
        self.mode = mode
        self.rw = rw
    }
}

/// The networks a listed container is attached to.
public struct NetworkSettingsSummary: Codable, Sendable, Equatable {
    public var networks: [String: EndpointSettings]?
    enum CodingKeys: String, CodingKey { case networks = "Networks" }
}

/// A container's address on one network.
public struct EndpointSettings: Codable, Sendable, Equatable {
    public var networkID: String?
    public var ipAddress: String?
    public var gateway: String?
    public var macAddress: String?
    public var aliases: [String]?

    enum CodingKeys: String, CodingKey {
        case networkID = "NetworkID", ipAddress = "IPAddress", gateway = "Gateway", macAddress = "MacAddress"
        case aliases = "Aliases"
    }
}
