import EngineAPI

/// What the dashboard knows about its connection to the engine.
public struct EngineStatus: Sendable, Equatable {
    /// Whether the engine answers right now.
    public enum Connection: Sendable, Equatable {
        case connecting
        case connected
        /// Lost: `reason` in user words; the next attempt is at `retryAt` (seconds since the epoch).
        case unreachable(reason: String, retryAt: Double)
    }

    public var host: String
    public var serverVersion: String?
    public var apiVersion: String?
    public var connection: Connection = .connecting
    /// How many reconnect attempts failed in a row (drives the backoff).
    public var failures = 0

    public init(host: String) {
        self.host = host
    }

    public var isConnected: Bool { connection == .connected }
}
