/// A network, from `GET /networks` or `/networks/{id}`.
public struct NetworkSummary: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var created: String?
    public var scope: String?
    public var driver: String?
    public var `internal`: Bool?
    public var attachable: Bool?
    public var labels: [String: String]?
    public var containers: [String: Attached]?
    public var ipam: IPAM?

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", created = "Created", scope = "Scope", driver = "Driver", `internal` = "Internal"
        case attachable = "Attachable", labels = "Labels", containers = "Containers", ipam = "IPAM"
    }

    /// A container attached to the network.
    public struct Attached: Codable, Sendable, Equatable {
        public var name: String?
        public var ipv4Address: String?
        public var ipv6Address: String?
        public var macAddress: String?
        enum CodingKeys: String, CodingKey {
            case name = "Name", ipv4Address = "IPv4Address", ipv6Address = "IPv6Address", macAddress = "MacAddress"
        }
    }

    /// Address management: the subnets and gateways.
    public struct IPAM: Codable, Sendable, Equatable {
        public var driver: String?
        public var config: [[String: String]]?
        enum CodingKeys: String, CodingKey { case driver = "Driver", config = "Config" }
    }

    /// The networks every engine has and that cannot be removed.
    public var isPredefined: Bool { ["bridge", "host", "none"].contains(name) }
}

/// `POST /networks/create` body.
public struct NetworkCreateRequest: Codable, Sendable, Equatable {
    public var name: String
    public var driver: String?
    public var `internal`: Bool?
    public var labels: [String: String]?
    enum CodingKeys: String, CodingKey { case name = "Name", driver = "Driver", `internal` = "Internal", labels = "Labels" }
    public init(name: String, driver: String? = nil, internal: Bool? = nil, labels: [String: String]? = nil) {
        self.name = name
        self.driver = driver
        self.internal = `internal`
        self.labels = labels
    }
}
