/// How far back a log view starts: everything the engine kept, or the last so many seconds
/// (`logs.since` in the config: "all", "90s", "5m", "1h", "24h", "7d").
public enum LogSince: Sendable, Hashable, CustomStringConvertible {
    /// No time limit; `logs.tail` alone decides how many lines are loaded.
    case all
    /// Only lines from the last `seconds` seconds.
    case last(seconds: Int)

    /// Parses "all" or a whole number followed by `s`, `m`, `h` or `d`; nil for anything else.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "all" {
            self = .all
            return
        }
        guard let unit = lowered.last, let scale = Self.units[unit], let amount = Int(lowered.dropLast()),
              amount > 0, amount <= Self.maximumSeconds / scale else { return nil }
        self = .last(seconds: amount * scale)
    }

    /// The engine's `since` parameter for a log request made at `now` (seconds since the epoch); nil for `.all`.
    public func since(now: Double) -> Int? {
        switch self {
        case .all: nil
        case .last(let seconds): max(0, Int(now) - seconds)
        }
    }

    /// The config spelling, in the largest unit that divides evenly: "all", "90s", "5m", "24h", "7d".
    public var description: String {
        switch self {
        case .all:
            return "all"
        case .last(let seconds):
            for (unit, scale) in [("d", 86_400), ("h", 3_600), ("m", 60)] where seconds % scale == 0 {
                return "\(seconds / scale)\(unit)"
            }
            return "\(seconds)s"
        }
    }

    private static let units: [Character: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
    /// A year: anything longer is surely a typo.
    private static let maximumSeconds = 366 * 86_400
}
