/// One row of `GET /images/json` (also found in `/system/df`).
public struct ImageSummary: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var parentId: String?
    public var repoTags: [String]?
    public var repoDigests: [String]?
    public var created: Int64?
    public var size: Int64?
    public var sharedSize: Int64?
    public var labels: [String: String]?
    /// Number of containers using the image; -1 when the engine did not count.
    public var containers: Int?

    enum CodingKeys: String, CodingKey {
        case id = "Id", parentId = "ParentId", repoTags = "RepoTags", repoDigests = "RepoDigests", created = "Created"
        case size = "Size", sharedSize = "SharedSize", labels = "Labels", containers = "Containers"
    }

    public init(id: String, repoTags: [String]? = nil, created: Int64? = nil, size: Int64? = nil, containers: Int? = nil) {
        self.id = id
        self.repoTags = repoTags
        self.created = created
        self.size = size
        self.containers = containers
    }

    /// Untagged: no repository tag, or only `<none>:<none>`.
    public var isDangling: Bool {
        (repoTags ?? []).allSatisfy { $0 == "<none>:<none>" }
    }

    /// `sha256:abc…` shortened to the 12 hex digits people recognise.
    public var shortID: String { EngineID.short(id) }
}

/// `GET /images/{name}/json`.
public struct ImageDetails: Codable, Sendable, Equatable {
    public var id: String
    public var repoTags: [String]?
    public var repoDigests: [String]?
    public var created: String?
    public var size: Int64?
    public var architecture: String?
    public var os: String?
    public var author: String?
    public var config: ContainerConfig?

    enum CodingKeys: String, CodingKey {
        case id = "Id", repoTags = "RepoTags", repoDigests = "RepoDigests", created = "Created", size = "Size"
        case architecture = "Architecture", os = "Os", author = "Author", config = "Config"
    }
}

/// One layer of `GET /images/{name}/history`.
public struct ImageHistoryItem: Codable, Sendable, Equatable {
    public var id: String?
    public var created: Int64?
    public var createdBy: String?
    public var tags: [String]?
    public var size: Int64?
    public var comment: String?

    enum CodingKeys: String, CodingKey {
        case id = "Id", created = "Created", createdBy = "CreatedBy", tags = "Tags", size = "Size", comment = "Comment"
    }
}

/// One entry of an image removal or prune answer.
public struct ImageDeleteItem: Codable, Sendable, Equatable {
    public var untagged: String?
    public var deleted: String?
    enum CodingKeys: String, CodingKey { case untagged = "Untagged", deleted = "Deleted" }
}

/// Helpers for engine object ids.
public enum EngineID {
    /// The first 12 hex digits, without any `sha256:` prefix.
    public static func short(_ id: String) -> String {
        let bare = id.hasPrefix("sha256:") ? String(id.dropFirst(7)) : id
        return String(bare.prefix(12))
    }
}
