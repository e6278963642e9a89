/// Where the readers of a merged log put their lines: one `LogMerger`, owned by this actor, and an ordered
/// outbox that a single deliverer drains into the view's `LogMailbox` every 50 ms. Readers wait while the
/// outbox is full, so lines never pile up here beyond `outboxLimit`.
actor LogMergeSink {
    private var merger: LogMerger
    private var outbox: [LogLine] = []
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    /// Lines waiting in the outbox before readers are made to wait.
    private let outboxLimit: Int
    /// The first stream that broke, in user words.
    private(set) var failure: String?

    init(sources: Int, outboxLimit: Int = 20_000) {
        start = clock.now
        merger = LogMerger(sources: sources, start: 0)
        self.outboxLimit = outboxLimit
    }

    private var now: Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func add(_ lines: [LogLine], from source: Int) async {
        guard !lines.isEmpty else { return }
        merger.add(lines, from: source, at: now)
        outbox += merger.release(at: now)
        while outbox.count >= outboxLimit && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    func end(_ source: Int, reason: String?) {
        merger.end(source)
        if failure == nil { failure = reason }
        if merger.allEnded { outbox += merger.releaseAll() }
    }

    /// The lines ready to go, in order, and whether every stream is over (and everything was handed out).
    func drain() -> (lines: [LogLine], finished: Bool) {
        outbox += merger.release(at: now)
        defer { outbox = [] }
        return (outbox, merger.allEnded && merger.pendingCount == 0)
    }
}
