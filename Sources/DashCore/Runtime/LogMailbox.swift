import Synchronization

/// Log lines read off the engine, waiting to be picked up by the next frame.
///
/// The frame pulls the lines rather than a timer pushing them, so a line waits for one throttle (the frame's)
/// instead of two in series, and the main actor is woken at most once per frame however chatty the container.
/// Readers never wait for the dashboard; if nobody picks up for a long while, only the newest lines are kept,
/// as many as the view's buffer would keep anyway.
final class LogMailbox: Sendable {
    private struct State {
        var lines: [LogLine] = []
        var bytes = 0
        /// True from the first line after a pickup until the next pickup: the pickup was asked for already.
        var pickupRequested = false
    }

    /// The log stream these lines belong to.
    let stream: Int
    /// Lines and bytes of text kept at most between two pickups (the view's buffer limits).
    private let capacity: Int
    private let byteCapacity: Int
    private let state = Mutex(State())

    init(stream: Int, capacity: Int, byteCapacity: Int) {
        self.stream = stream
        self.capacity = max(1, capacity)
        self.byteCapacity = max(1, byteCapacity)
    }

    /// Adds lines; true when the caller must ask for a pickup (the first lines since the last one).
    func post(_ lines: [LogLine]) -> Bool {
        guard !lines.isEmpty else { return false }
        return state.withLock { s in
            s.lines += lines
            s.bytes += lines.reduce(0) { $0 + $1.text.utf8.count }
            // Trimmed only once well over the limits, so a mailbox nobody empties costs a shift per `capacity`
            // lines, not one per post.
            if s.lines.count > 2 * capacity || s.bytes > 2 * byteCapacity { trim(&s) }
            defer { s.pickupRequested = true }
            return !s.pickupRequested
        }
    }

    /// Takes every line waiting (at most the newest `capacity` lines and `byteCapacity` bytes).
    func take() -> [LogLine] {
        state.withLock { s in
            trim(&s)
            defer {
                s.lines = []
                s.bytes = 0
                s.pickupRequested = false
            }
            return s.lines
        }
    }

    /// Drops the oldest lines beyond the limits; the newest line is always kept.
    private func trim(_ s: inout State) {
        var drop = max(0, s.lines.count - capacity)
        var bytes = s.bytes - s.lines[..<drop].reduce(0) { $0 + $1.text.utf8.count }
        while bytes > byteCapacity, drop < s.lines.count - 1 {
            bytes -= s.lines[drop].text.utf8.count
            drop += 1
        }
        guard drop > 0 else { return }
        s.lines.removeFirst(drop)
        s.bytes = bytes
    }
}
