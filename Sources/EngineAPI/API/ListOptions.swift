/// Options of `GET /containers/json`.
public struct ContainerListOptions: Sendable, Equatable {
    public var all: Bool
    /// Asks the engine to compute `SizeRw`/`SizeRootFs`: slow on big hosts, so only on demand.
    public var size: Bool
    public var filters: [String: [String]]

    public init(all: Bool = true, size: Bool = false, filters: [String: [String]] = [:]) {
        self.all = all
        self.size = size
        self.filters = filters
    }
}

/// Options of `GET /containers/{id}/logs`.
public struct LogOptions: Sendable, Equatable {
    /// How many lines of history to start with.
    public enum Tail: Sendable, Equatable {
        case all
        case lines(Int)
        var queryValue: String {
            switch self {
            case .all: "all"
            case .lines(let n): String(max(0, n))
            }
        }
    }

    public var follow: Bool
    public var stdout: Bool
    public var stderr: Bool
    public var tail: Tail
    /// Unix seconds.
    public var since: Int64?
    public var until: Int64?
    /// Prefixes every line with an RFC 3339 timestamp with nanoseconds.
    public var timestamps: Bool

    public init(follow: Bool = false, stdout: Bool = true, stderr: Bool = true, tail: Tail = .all, since: Int64? = nil,
                until: Int64? = nil, timestamps: Bool = false) {
        self.follow = follow
        self.stdout = stdout
        self.stderr = stderr
        self.tail = tail
        self.since = since
        self.until = until
        self.timestamps = timestamps
    }
}

/// Which images a prune removes.
public enum ImagePruneScope: Sendable, Equatable {
    /// Untagged images not used by any container.
    case dangling
    /// Every image not used by any container.
    case allUnused
}

/// Filters as the engine wants them: a JSON object of string lists, in the query string.
enum FilterQuery {
    static func encode(_ filters: [String: [String]]) -> String? {
        guard !filters.isEmpty else { return nil }
        let parts = filters.keys.sorted().map { key in
            "\(jsonString(key)):[" + (filters[key] ?? []).map(jsonString).joined(separator: ",") + "]"
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
