/// Exec and attach endpoints; starting them hijacks the connection.
extension DockerAPIClient {
    public func createExec(_ containerID: String, _ config: ExecConfig) async throws -> String {
        var config = config
        if apiVersion < APIVersion(1, 42) { config.consoleSize = nil }
        return try await decode(
            CreatedObject.self,
            HTTPRequest(
                .post, "/containers/\(Self.segment(containerID))/exec", headers: Self.jsonHeaders,
                body: Self.encodeJSON(config))
        ).id
    }

    public func withExecSession<R: Sendable>(
        _ execID: String, tty: Bool, consoleSize: Size2D?, _ body: (HijackedSession) async throws -> R
    ) async throws -> R {
        let size = apiVersion >= APIVersion(1, 42) ? consoleSize.map { [$0.height, $0.width] } : nil
        let request = HTTPRequest(
            .post, "/exec/\(Self.segment(execID))/start", headers: Self.jsonHeaders,
            body: try Self.encodeJSON(ExecStartBody(Detach: false, Tty: tty, ConsoleSize: size)))
        return try await withHijacked(request, tty: tty, body)
    }

    public func resizeExec(_ execID: String, _ size: Size2D) async throws {
        try await perform(
            HTTPRequest(.post, "/exec/\(Self.segment(execID))/resize", query: [("h", "\(size.height)"), ("w", "\(size.width)")]))
    }

    public func inspectExec(_ execID: String) async throws -> ExecInspect {
        try await decode(ExecInspect.self, HTTPRequest(.get, "/exec/\(Self.segment(execID))/json"))
    }

    public func withAttachSession<R: Sendable>(
        _ containerID: String, tty: Bool, detachKeys: String?, _ body: (HijackedSession) async throws -> R
    ) async throws -> R {
        var query = [("stream", "1"), ("stdin", "1"), ("stdout", "1"), ("stderr", "1")]
        if let detachKeys { query.append(("detachKeys", detachKeys)) }
        return try await withHijacked(
            HTTPRequest(.post, "/containers/\(Self.segment(containerID))/attach", query: query), tty: tty, body)
    }

    public func resizeContainerTTY(_ containerID: String, _ size: Size2D) async throws {
        try await perform(
            HTTPRequest(
                .post, "/containers/\(Self.segment(containerID))/resize",
                query: [("h", "\(size.height)"), ("w", "\(size.width)")]))
    }
}

/// `POST /exec/{id}/start` body.
struct ExecStartBody: Encodable {
    let Detach: Bool
    let Tty: Bool
    let ConsoleSize: [Int]?
}
