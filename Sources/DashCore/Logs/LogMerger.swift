/// Puts the lines of several containers' logs into one stream ordered by the engine's timestamps.
///
/// A line is held back only until every stream that is still talking has caught up with its time: a stream
/// that ended, or has been quiet for `quiet` seconds, is taken to have nothing older to say. So the history
/// each stream sends first is interleaved properly, and live lines pass after at most `quiet` seconds. At most
/// `maxPending` lines are held; beyond that the oldest go out at once. Times are the caller's (monotonic
/// seconds), so the merger itself is pure.
public struct LogMerger: Sendable {
    private struct Held: Sendable {
        var line: LogLine
        var time: Int64
        var arrival: Int
    }

    private struct SourceState: Sendable {
        var latest: Int64?
        var lastHeard: Double
        var ended = false
    }

    private var held: [Held] = []
    private var sources: [SourceState]
    private var arrivals = 0
    public let quiet: Double
    public let maxPending: Int

    /// A merger for `sources` streams that start (are first waited for) at `start`.
    public init(sources: Int, start: Double, quiet: Double = 0.3, maxPending: Int = 20_000) {
        self.sources = Array(repeating: SourceState(lastHeard: start), count: max(1, sources))
        self.quiet = quiet
        self.maxPending = max(1, maxPending)
    }

    /// Lines held back right now.
    public var pendingCount: Int { held.count }

    /// True once every stream has ended.
    public var allEnded: Bool { sources.allSatisfy(\.ended) }

    /// Lines from stream `source`, received at `now`. Lines without a time take their stream's latest.
    public mutating func add(_ lines: [LogLine], from source: Int, at now: Double) {
        guard sources.indices.contains(source) else { return }
        sources[source].lastHeard = now
        for line in lines {
            let time = line.timestamp ?? sources[source].latest ?? Int64.min
            if let stamp = line.timestamp { sources[source].latest = max(sources[source].latest ?? stamp, stamp) }
            held.append(Held(line: line, time: time, arrival: arrivals))
            arrivals += 1
        }
    }

    /// Stream `source` has ended: it holds nothing back any more.
    public mutating func end(_ source: Int) {
        guard sources.indices.contains(source) else { return }
        sources[source].ended = true
    }

    /// The lines that can go out at `now`, in time order (arrival order among equal times).
    public mutating func release(at now: Double) -> [LogLine] {
        guard !held.isEmpty else { return [] }
        let waiting = sources.filter { !$0.ended && now - $0.lastHeard < quiet }
        // A stream still talking holds back every line newer than the newest it has sent.
        let watermark = waiting.map { $0.latest ?? Int64.min }.min() ?? Int64.max
        held.sort { ($0.time, $0.arrival) < ($1.time, $1.arrival) }
        var count = held.firstIndex { $0.time > watermark } ?? held.count
        count = max(count, held.count - maxPending)
        let out = held.prefix(count).map(\.line)
        held.removeFirst(count)
        return out
    }

    /// Everything held, in order (the streams are over).
    public mutating func releaseAll() -> [LogLine] {
        held.sort { ($0.time, $0.arrival) < ($1.time, $1.arrival) }
        defer { held = [] }
        return held.map(\.line)
    }
}
