/// System endpoints: ping, version, info, disk usage, events.
extension DockerAPIClient {
    public func ping() async throws -> PingResult {
        let (head, _) = try await send(HTTPRequest(.get, "/_ping"), versioned: false)
        return PingResult(
            apiVersion: head[header: "api-version"].flatMap(APIVersion.init), osType: head[header: "ostype"])
    }

    public func version() async throws -> SystemVersion {
        try await decode(SystemVersion.self, HTTPRequest(.get, "/version"))
    }

    /// `/version` without a version prefix, for negotiation when `/_ping` gave no `API-Version`.
    func unversionedVersion() async throws -> SystemVersion {
        let request = HTTPRequest(.get, "/version")
        let (_, body) = try await send(request, versioned: false)
        return try Self.decodeJSON(SystemVersion.self, body, endpoint: Self.endpoint(request))
    }

    public func info() async throws -> SystemInfo {
        try await decode(SystemInfo.self, HTTPRequest(.get, "/info"))
    }

    public func diskUsage() async throws -> DiskUsage {
        // Computing sizes can take long on a big host.
        try await decode(DiskUsage.self, HTTPRequest(.get, "/system/df"), timeout: .seconds(300))
    }

    public func events(_ filter: EventFilter) -> EngineStream<EngineEvent> {
        var query: [(String, String)] = []
        if let since = filter.since { query.append(("since", String(since))) }
        if let until = filter.until { query.append(("until", String(until))) }
        query += Self.filterQuery(filter.filters)
        return jsonLines(EngineEvent.self, HTTPRequest(.get, "/events", query: query))
    }
}
