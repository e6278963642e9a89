/// Container endpoints.
extension DockerAPIClient {
    public func listContainers(_ options: ContainerListOptions) async throws -> [ContainerSummary] {
        var query: [(String, String)] = [("all", options.all ? "1" : "0")]
        if options.size { query.append(("size", "1")) }
        if let filters = FilterQuery.encode(options.filters) { query.append(("filters", filters)) }
        return try await decode([ContainerSummary].self, HTTPRequest(.get, "/containers/json", query: query))
    }

    public func inspectContainer(_ id: String) async throws -> ContainerDetails {
        try await decode(ContainerDetails.self, HTTPRequest(.get, "/containers/\(Self.segment(id))/json"))
    }

    public func createContainer(name: String?, _ request: ContainerCreateRequest) async throws -> CreatedObject {
        let query = name.map { [("name", $0)] } ?? []
        return try await decode(
            CreatedObject.self,
            HTTPRequest(.post, "/containers/create", query: query, headers: Self.jsonHeaders, body: Self.encodeJSON(request)))
    }

    public func startContainer(_ id: String) async throws {
        try await perform(HTTPRequest(.post, "/containers/\(Self.segment(id))/start"))
    }

    public func stopContainer(_ id: String, timeout: Int?) async throws {
        try await perform(
            HTTPRequest(.post, "/containers/\(Self.segment(id))/stop", query: timeout.map { [("t", String($0))] } ?? []),
            timeout: Self.graceDeadline(timeout))
    }

    public func restartContainer(_ id: String, timeout: Int?) async throws {
        try await perform(
            HTTPRequest(.post, "/containers/\(Self.segment(id))/restart", query: timeout.map { [("t", String($0))] } ?? []),
            timeout: Self.graceDeadline(timeout))
    }

    public func killContainer(_ id: String, signal: String?) async throws {
        try await perform(
            HTTPRequest(.post, "/containers/\(Self.segment(id))/kill", query: signal.map { [("signal", $0)] } ?? []))
    }

    public func pauseContainer(_ id: String) async throws {
        try await perform(HTTPRequest(.post, "/containers/\(Self.segment(id))/pause"))
    }

    public func unpauseContainer(_ id: String) async throws {
        try await perform(HTTPRequest(.post, "/containers/\(Self.segment(id))/unpause"))
    }

    public func renameContainer(_ id: String, to newName: String) async throws {
        try await perform(HTTPRequest(.post, "/containers/\(Self.segment(id))/rename", query: [("name", newName)]))
    }

    public func removeContainer(_ id: String, force: Bool, volumes: Bool) async throws {
        try await perform(
            HTTPRequest(
                .delete, "/containers/\(Self.segment(id))",
                query: [("force", force ? "1" : "0"), ("v", volumes ? "1" : "0")]))
    }

    public func pruneContainers(filters: [String: [String]]) async throws -> PruneReport {
        try await decode(PruneReport.self, HTTPRequest(.post, "/containers/prune", query: Self.filterQuery(filters)))
    }

    public func top(_ id: String, psArgs: String?) async throws -> ProcessList {
        try await decode(
            ProcessList.self,
            HTTPRequest(.get, "/containers/\(Self.segment(id))/top", query: psArgs.map { [("ps_args", $0)] } ?? []))
    }

    public func waitContainer(_ id: String) async throws -> Int {
        struct WaitResponse: Decodable, Sendable { let StatusCode: Int }
        return try await decode(
            WaitResponse.self, HTTPRequest(.post, "/containers/\(Self.segment(id))/wait"), timeout: .seconds(3600)
        ).StatusCode
    }

    public func logs(_ id: String, _ options: LogOptions, tty: Bool?) -> EngineStream<OutputChunk> {
        var query: [(String, String)] = [
            ("follow", options.follow ? "1" : "0"), ("stdout", options.stdout ? "1" : "0"),
            ("stderr", options.stderr ? "1" : "0"), ("tail", options.tail.queryValue),
            ("timestamps", options.timestamps ? "1" : "0"),
        ]
        if let since = options.since { query.append(("since", String(since))) }
        if let until = options.until { query.append(("until", String(until))) }
        let request = HTTPRequest(.get, "/containers/\(Self.segment(id))/logs", query: query)
        return EngineStream(bufferLimit: 256) { sink in
            let isTTY: Bool
            if let tty { isTTY = tty } else { isTTY = try await inspectContainer(id).hasTTY }
            var frames = LogFrameDecoder()
            try await withStreamingResponse(request) { chunk in
                if isTTY {
                    try await sink.yield(OutputChunk(stream: .console, bytes: chunk))
                } else {
                    for piece in frames.feed(chunk) { try await sink.yield(piece) }
                }
            }
        }
    }

    public func stats(_ id: String, oneShot: Bool) async throws -> ContainerStats {
        var query = [("stream", "0")]
        if oneShot { query.append(("one-shot", "1")) }
        return try await decode(ContainerStats.self, HTTPRequest(.get, "/containers/\(Self.segment(id))/stats", query: query))
    }

    public func statsStream(_ id: String) -> EngineStream<ContainerStats> {
        jsonLines(ContainerStats.self, HTTPRequest(.get, "/containers/\(Self.segment(id))/stats", query: [("stream", "1")]))
    }

    /// Long enough for the engine to wait `timeout` seconds and then kill.
    static func graceDeadline(_ timeout: Int?) -> Duration { .seconds((timeout ?? 10) + 30) }

    static let jsonHeaders = [("Content-Type", "application/json")]

    static func filterQuery(_ filters: [String: [String]]) -> [(String, String)] {
        FilterQuery.encode(filters).map { [("filters", $0)] } ?? []
    }

    /// An id or name as one path segment: percent-encoded so `../` or `?` cannot reach another endpoint.
    static func segment(_ value: String) -> String { HTTPRequest.percentEncode(value) }
}
