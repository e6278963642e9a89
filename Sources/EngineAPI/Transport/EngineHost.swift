/// Where the engine listens: the `--host`/`DOCKER_HOST` address, parsed.
public enum EngineHost: Sendable, Equatable, CustomStringConvertible {
    case unix(path: String)
    case tcp(host: String, port: Int)

    public static let defaultSocket = EngineHost.unix(path: "/var/run/docker.sock")

    /// The engine to use: the command-line value, then `DOCKER_HOST`, then the default socket.
    public static func resolve(flag: String?, environment: [String: String]) throws(EngineError) -> EngineHost {
        if let flag, !flag.isEmpty { return try parse(flag) }
        if let env = environment["DOCKER_HOST"], !env.isEmpty { return try parse(env) }
        return defaultSocket
    }

    /// Parses `unix:///path`, `/path`, `tcp://host:port` (2375 when the port is left out) and `http://host:port`.
    public static func parse(_ text: String) throws(EngineError) -> EngineHost {
        let value = text.trimmingSpaces
        if value.hasPrefix("/") { return .unix(path: value) }
        let pieces = value.split(separator: "://", maxSplits: 1, omittingEmptySubsequences: false)
        guard pieces.count == 2 else { throw .invalidHost(value, reason: "expected unix:///path or tcp://host:port") }
        let scheme = pieces[0].lowercased()
        let rest = String(pieces[1])
        switch scheme {
        case "unix":
            guard rest.hasPrefix("/") else { throw .invalidHost(value, reason: "a unix socket needs an absolute path") }
            return .unix(path: rest)
        case "tcp", "http":
            return try parseTCP(rest, original: value)
        case "ssh", "https", "npipe", "fd":
            throw .invalidHost(value, reason: "\(scheme):// hosts are not supported yet; use unix:// or tcp://")
        default:
            throw .invalidHost(value, reason: "unknown scheme \(scheme)")
        }
    }

    private static func parseTCP(_ rest: String, original: String) throws(EngineError) -> EngineHost {
        let authority = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard !authority.isEmpty else { throw .invalidHost(original, reason: "missing host name") }
        // Bracketed IPv6 literals: [::1]:2375
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            let host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.isEmpty { return .tcp(host: host, port: 2375) }
            guard after.hasPrefix(":"), let port = Int(after.dropFirst()), (1...65535).contains(port) else {
                throw .invalidHost(original, reason: "bad port")
            }
            return .tcp(host: host, port: port)
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return .tcp(host: authority, port: 2375)
        case 2:
            guard let port = Int(parts[1]), (1...65535).contains(port), !parts[0].isEmpty else {
                throw .invalidHost(original, reason: "bad host or port")
            }
            return .tcp(host: String(parts[0]), port: port)
        default:
            throw .invalidHost(original, reason: "put IPv6 addresses in brackets, e.g. tcp://[::1]:2375")
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): "unix://\(path)"
        case .tcp(let host, let port): host.contains(":") ? "tcp://[\(host)]:\(port)" : "tcp://\(host):\(port)"
        }
    }
}
