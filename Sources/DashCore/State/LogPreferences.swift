/// How logs are fetched and shown, kept across containers: history (tail and since), timestamps, wrapping and
/// what happens to the colours of a line.
public struct LogPreferences: Sendable, Equatable {
    /// What the container's own escape sequences become.
    public enum Display: Sendable, Equatable {
        /// SGR colours drawn, everything else dropped.
        case colours
        /// Every escape and control shown as visible text, nothing applied.
        case raw
        /// Colours stripped.
        case plain

        public var next: Display {
            switch self {
            case .colours: .raw
            case .raw: .plain
            case .plain: .colours
            }
        }

        public var label: String {
            switch self {
            case .colours: "colours"
            case .raw: "raw"
            case .plain: "plain"
            }
        }
    }

    /// Lines of history per container; nil for all.
    public var tail: Int?
    /// How far back history goes, in seconds; nil for all of it.
    public var since: Int?
    public var timestamps = false
    /// Long lines wrap in the full-screen view; otherwise they scroll sideways (←/→).
    public var wrap = true
    public var display = Display.colours

    public init(tail: Int? = 200) {
        self.tail = tail
    }

    /// The tail sizes `T` cycles through: the configured one among 200, 1000, 10000, then all.
    public static func tailChoices(configured: Int) -> [Int?] {
        Array(Set([configured, 200, 1000, 10_000])).sorted().map { Optional($0) } + [nil]
    }

    /// The history windows `s` cycles through: all, 5 minutes, 1 hour, 24 hours.
    public static let sinceChoices: [Int?] = [nil, 300, 3600, 86_400]

    public mutating func cycleTail(configured: Int) {
        let choices = Self.tailChoices(configured: configured)
        let index = choices.firstIndex(of: tail) ?? 0
        tail = choices[(index + 1) % choices.count]
    }

    public mutating func cycleSince() {
        let index = Self.sinceChoices.firstIndex(of: since) ?? 0
        since = Self.sinceChoices[(index + 1) % Self.sinceChoices.count]
    }

    /// "tail 200", "tail all".
    public var tailLabel: String {
        tail.map { "tail \($0)" } ?? "tail all"
    }

    /// "since 5m", "since 24h", "all time".
    public var sinceLabel: String {
        guard let since else { return "all time" }
        if since % 3600 == 0 { return "since \(since / 3600)h" }
        if since % 60 == 0 { return "since \(since / 60)m" }
        return "since \(since)s"
    }
}
