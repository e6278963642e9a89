/// A ring of the most recent log lines: appending past `capacity` drops the oldest, so memory
/// stays flat however chatty the container is.
public struct LogBuffer: Sendable {
    public let capacity: Int
    private var storage: [LogLine] = []
    private var head = 0
    /// Lines ever appended, including dropped ones: a stable sequence number for "N new lines" marks.
    public private(set) var totalAppended = 0

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    public var dropped: Int { totalAppended - storage.count }

    /// The line at `index`, 0 being the oldest kept.
    public subscript(index: Int) -> LogLine {
        storage[(head + index) % storage.count]
    }

    public mutating func append(_ line: LogLine) {
        totalAppended += 1
        if storage.count < capacity {
            storage.append(line)
        } else {
            storage[head] = line
            head = (head + 1) % capacity
        }
    }

    public mutating func append(contentsOf lines: some Sequence<LogLine>) {
        for line in lines { append(line) }
    }

    /// Lines `range` (clamped), oldest first.
    public func lines(_ range: Range<Int>) -> [LogLine] {
        let lower = max(0, range.lowerBound)
        let upper = min(count, range.upperBound)
        guard lower < upper else { return [] }
        return (lower..<upper).map { self[$0] }
    }

    public mutating func removeAll() {
        storage.removeAll()
        head = 0
    }
}
