/// One object of the `GET /events` stream.
public struct EngineEvent: Codable, Sendable, Equatable {
    /// container, image, volume, network, daemon, plugin, service, node, secret, config, builder.
    public var type: String
    /// create, start, die, destroy, pause, health_status: healthy, …
    public var action: String
    public var actor: Actor
    public var scope: String?
    public var time: Int64?
    public var timeNano: Int64?

    enum CodingKeys: String, CodingKey {
        case type = "Type", action = "Action", actor = "Actor", scope, time, timeNano
    }

    /// The object the event is about.
    public struct Actor: Codable, Sendable, Equatable {
        public var id: String
        public var attributes: [String: String]
        enum CodingKeys: String, CodingKey { case id = "ID", attributes = "Attributes" }

        public init(id: String, attributes: [String: String] = [:]) {
            self.id = id
            self.attributes = attributes
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeIfPresent(String.self, forKey: .id) ?? ""
            attributes = try c.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
        }
    }

    public init(type: String, action: String, actor: Actor, time: Int64? = nil) {
        self.type = type
        self.action = action
        self.actor = actor
        self.time = time
    }

    /// The base action, e.g. `exec_start` for "exec_start: sh -c …", `health_status` for "health_status: healthy".
    public var baseAction: String {
        String(action.split(separator: ":", maxSplits: 1).first ?? Substring(action)).trimmingSpaces
    }
}

/// Which events to subscribe to, and from when.
public struct EventFilter: Sendable, Equatable {
    /// Unix seconds; events from the past are replayed first.
    public var since: Int64?
    public var until: Int64?
    /// Engine filters, e.g. `["type": ["container", "image"]]`.
    public var filters: [String: [String]]

    public init(since: Int64? = nil, until: Int64? = nil, filters: [String: [String]] = [:]) {
        self.since = since
        self.until = until
        self.filters = filters
    }
}
