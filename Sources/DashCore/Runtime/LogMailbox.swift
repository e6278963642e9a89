import Synchronization

/// Log lines read off the engine, waiting to be picked up by the next frame.
///
/// The frame pulls the lines rather than a timer pushing them, so a line waits for one throttle (the frame's)
/// instead of two in series, and the main actor is woken at most once per frame however chatty the container.
final class LogMailbox: Sendable {
    private struct State {
        var lines: [LogLine] = []
        /// True from the first line after a pickup until the next pickup: the pickup was asked for already.
        var pickupRequested = false
    }

    /// The log stream these lines belong to.
    let stream: Int
    /// Lines kept at most between two pickups; older ones would fall out of the view's buffer anyway.
    private let capacity: Int
    private let state = Mutex(State())

    init(stream: Int, capacity: Int) {
        self.stream = stream
        self.capacity = max(1, capacity)
    }

    /// Adds lines; true when the caller must ask for a pickup (the first lines since the last one).
    func post(_ lines: [LogLine]) -> Bool {
        guard !lines.isEmpty else { return false }
        return state.withLock { s in
            s.lines += lines
            if s.lines.count > capacity { s.lines.removeFirst(s.lines.count - capacity) }
            defer { s.pickupRequested = true }
            return !s.pickupRequested
        }
    }

    /// Takes every line waiting.
    func take() -> [LogLine] {
        state.withLock { s in
            defer {
                s.lines = []
                s.pickupRequested = false
            }
            return s.lines
        }
    }
}
