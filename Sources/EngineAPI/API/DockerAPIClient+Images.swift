/// Image and build-cache endpoints.
extension DockerAPIClient {
    public func listImages(all: Bool, filters: [String: [String]]) async throws -> [ImageSummary] {
        try await decode(
            [ImageSummary].self,
            HTTPRequest(.get, "/images/json", query: [("all", all ? "1" : "0")] + Self.filterQuery(filters)))
    }

    public func inspectImage(_ name: String) async throws -> ImageDetails {
        try await decode(ImageDetails.self, HTTPRequest(.get, "/images/\(Self.imageSegment(name))/json"))
    }

    public func imageHistory(_ name: String) async throws -> [ImageHistoryItem] {
        try await decode([ImageHistoryItem].self, HTTPRequest(.get, "/images/\(Self.imageSegment(name))/history"))
    }

    public func removeImage(_ name: String, force: Bool, noPrune: Bool) async throws -> [ImageDeleteItem] {
        try await decode(
            [ImageDeleteItem].self,
            HTTPRequest(
                .delete, "/images/\(Self.imageSegment(name))",
                query: [("force", force ? "1" : "0"), ("noprune", noPrune ? "1" : "0")]))
    }

    public func pruneImages(_ scope: ImagePruneScope, filters: [String: [String]]) async throws -> PruneReport {
        var all = filters
        all["dangling"] = [scope == .dangling ? "true" : "false"]
        return try await decode(
            PruneReport.self, HTTPRequest(.post, "/images/prune", query: Self.filterQuery(all)), timeout: .seconds(600))
    }

    public func tagImage(_ name: String, repository: String, tag: String?) async throws {
        var query = [("repo", repository)]
        if let tag { query.append(("tag", tag)) }
        try await perform(HTTPRequest(.post, "/images/\(Self.imageSegment(name))/tag", query: query))
    }

    public func pruneBuildCache(all: Bool) async throws -> PruneReport {
        try await decode(
            PruneReport.self, HTTPRequest(.post, "/build/prune", query: [("all", all ? "1" : "0")]),
            timeout: .seconds(600))
    }

    /// Image references keep their `/` (repository paths) and `:` (tags); everything else is encoded.
    static func imageSegment(_ name: String) -> String {
        name.split(separator: "/", omittingEmptySubsequences: false)
            .map { HTTPRequest.percentEncode(String($0)).replacingPercentColon() }
            .joined(separator: "/")
    }
}

extension String {
    fileprivate func replacingPercentColon() -> String {
        split(separator: "%3A", omittingEmptySubsequences: false).joined(separator: ":")
    }
}
