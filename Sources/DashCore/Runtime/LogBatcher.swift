import Synchronization

/// Collects lines and hands them over at most every `interval`, without a timer running while idle:
/// the first line of a quiet period goes out at once, later ones wait for the window to close.
final class LogBatcher: Sendable {
    private struct State {
        var lines: [LogLine] = []
        var lastFlush: ContinuousClock.Instant?
        var flushScheduled = false
    }

    private let state = Mutex(State())
    private let deliver: @Sendable ([LogLine]) async -> Void
    private let interval: Duration

    init(interval: Duration = .milliseconds(50), deliver: @escaping @Sendable ([LogLine]) async -> Void) {
        self.interval = interval
        self.deliver = deliver
    }

    private enum Decision {
        case flushNow
        case flushAfter(Duration)
        case alreadyScheduled
    }

    func add(_ lines: [LogLine]) async {
        guard !lines.isEmpty else { return }
        let now = ContinuousClock.now
        let decision: Decision = state.withLock { s in
            s.lines += lines
            if s.flushScheduled { return .alreadyScheduled }
            if let last = s.lastFlush, now - last < interval {
                s.flushScheduled = true
                return .flushAfter(interval - (now - last))
            }
            return .flushNow
        }
        switch decision {
        case .flushNow:
            await flushNow()
        case .flushAfter(let wait):
            Task {
                try? await Task.sleep(for: wait)
                await self.flushNow()
            }
        case .alreadyScheduled:
            break
        }
    }

    func flushNow() async {
        let lines: [LogLine] = state.withLock { s in
            defer {
                s.lines = []
                s.flushScheduled = false
                s.lastFlush = ContinuousClock.now
            }
            return s.lines
        }
        if !lines.isEmpty { await deliver(lines) }
    }
}
