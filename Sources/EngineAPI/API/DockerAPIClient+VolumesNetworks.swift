/// Volume and network endpoints.
extension DockerAPIClient {
    public func listVolumes(filters: [String: [String]]) async throws -> VolumeList {
        try await decode(VolumeList.self, HTTPRequest(.get, "/volumes", query: Self.filterQuery(filters)))
    }

    public func inspectVolume(_ name: String) async throws -> Volume {
        try await decode(Volume.self, HTTPRequest(.get, "/volumes/\(Self.segment(name))"))
    }

    public func createVolume(_ request: VolumeCreateRequest) async throws -> Volume {
        try await decode(
            Volume.self, HTTPRequest(.post, "/volumes/create", headers: Self.jsonHeaders, body: Self.encodeJSON(request)))
    }

    public func removeVolume(_ name: String, force: Bool) async throws {
        try await perform(HTTPRequest(.delete, "/volumes/\(Self.segment(name))", query: [("force", force ? "1" : "0")]))
    }

    public func pruneVolumes(all: Bool, filters: [String: [String]]) async throws -> PruneReport {
        var filters = filters
        // Since API 1.42 prune leaves named volumes alone unless asked; older engines remove all unused ones.
        if all && apiVersion >= APIVersion(1, 42) { filters["all"] = ["true"] }
        return try await decode(
            PruneReport.self, HTTPRequest(.post, "/volumes/prune", query: Self.filterQuery(filters)),
            timeout: .seconds(600))
    }

    public func listNetworks(filters: [String: [String]]) async throws -> [NetworkSummary] {
        try await decode([NetworkSummary].self, HTTPRequest(.get, "/networks", query: Self.filterQuery(filters)))
    }

    public func inspectNetwork(_ id: String) async throws -> NetworkSummary {
        try await decode(NetworkSummary.self, HTTPRequest(.get, "/networks/\(Self.segment(id))"))
    }

    public func createNetwork(_ request: NetworkCreateRequest) async throws -> CreatedObject {
        try await decode(
            CreatedObject.self,
            HTTPRequest(.post, "/networks/create", headers: Self.jsonHeaders, body: Self.encodeJSON(request)))
    }

    public func removeNetwork(_ id: String) async throws {
        try await perform(HTTPRequest(.delete, "/networks/\(Self.segment(id))"))
    }

    public func pruneNetworks(filters: [String: [String]]) async throws -> PruneReport {
        try await decode(PruneReport.self, HTTPRequest(.post, "/networks/prune", query: Self.filterQuery(filters)))
    }
}
