/// Every failure of the engine client, with the context needed to explain it to a user.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The engine answered with an error status; `message` is the engine's own words.
    case server(status: Int, message: String, endpoint: String)
    /// The connection could not be made or broke.
    case transport(TransportFailure, host: String)
    /// The answer could not be decoded: malformed, truncated or not what the API documents.
    case decoding(endpoint: String, detail: String)
    /// `--host`/`DOCKER_HOST` is not something we can connect to.
    case invalidHost(String, reason: String)
    /// The engine's API is older than the oldest we speak.
    case unsupportedVersion(engine: String, minimum: String)
    /// A request option was refused before anything was sent.
    case invalidArgument(String)

    /// Why a connection failed, told apart so the hint can say what to do.
    public enum TransportFailure: Sendable, Equatable {
        case socketMissing
        case permissionDenied
        case refused
        case timedOut
        case closed
        case other(String)
    }

    /// The HTTP status, when the engine answered.
    public var status: Int? {
        if case .server(let status, _, _) = self { return status }
        return nil
    }

    public var isNotFound: Bool { status == 404 }
    public var isConflict: Bool { status == 409 }
    /// 304: already started, already stopped.
    public var isNotModified: Bool { status == 304 }

    /// True for failures that mean "the engine is not reachable", as opposed to "it said no".
    public var isUnreachable: Bool {
        if case .transport = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .server(let status, let message, let endpoint):
            let text = message.isEmpty ? Self.statusText(status) : message
            return "\(text) (HTTP \(status) from \(endpoint))"
        case .transport(let failure, let host):
            return "cannot reach the Docker engine at \(host): \(failure.summary). \(failure.hint(host: host))"
        case .decoding(let endpoint, let detail):
            return "the engine's answer to \(endpoint) could not be read: \(detail)"
        case .invalidHost(let host, let reason):
            return "invalid engine address \"\(host)\": \(reason)"
        case .unsupportedVersion(let engine, let minimum):
            return "the engine speaks API \(engine); swdash needs \(minimum) or newer"
        case .invalidArgument(let detail):
            return detail
        }
    }

    static func statusText(_ status: Int) -> String {
        switch status {
        case 304: "nothing to do (already in that state)"
        case 400: "bad request"
        case 401, 403: "not allowed"
        case 404: "not found"
        case 409: "conflict"
        case 500: "engine error"
        default: "HTTP error"
        }
    }
}

extension EngineError.TransportFailure {
    var summary: String {
        switch self {
        case .socketMissing: "the socket does not exist"
        case .permissionDenied: "permission denied"
        case .refused: "connection refused"
        case .timedOut: "timed out"
        case .closed: "the connection closed unexpectedly"
        case .other(let text): text
        }
    }

    func hint(host: String) -> String {
        switch self {
        case .socketMissing: "Is Docker running? Start it, or point --host/DOCKER_HOST at the right socket."
        case .permissionDenied:
            host.hasPrefix("unix://")
                ? "Are you in the docker group? (sudo usermod -aG docker $USER, then log in again)"
                : "The engine refused this client."
        case .refused: "Is the engine listening there? Check --host/DOCKER_HOST."
        case .timedOut: "The engine did not answer in time; is the host reachable?"
        case .closed: "The engine may have stopped or restarted."
        case .other: "Check that the engine is running and reachable."
        }
    }
}
