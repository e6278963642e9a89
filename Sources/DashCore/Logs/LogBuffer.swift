/// A ring of the most recent log lines: appending past `capacity` lines, or past `byteCapacity` bytes, drops the
/// oldest, so memory stays flat however chatty the container is and however long its lines.
///
/// Every line gets a sequence number (`seq`): its position in everything ever appended. Sequence numbers never
/// change, so views, filters and marks refer to lines by them while older lines drop off the front.
public struct LogBuffer: Sendable, Equatable {
    public let capacity: Int
    public let byteCapacity: Int
    private var storage: [LogLine] = []
    private var head = 0
    public private(set) var count = 0
    /// Roughly the bytes the kept lines hold (`LogLine.byteCost`).
    public private(set) var bytes = 0
    /// Lines ever appended, including dropped ones: a stable sequence number for "N new lines" marks.
    public private(set) var totalAppended = 0

    public static let defaultByteCapacity = 64 << 20

    public init(capacity: Int, byteCapacity: Int = LogBuffer.defaultByteCapacity) {
        self.capacity = max(1, capacity)
        self.byteCapacity = max(1, byteCapacity)
    }

    public var isEmpty: Bool { count == 0 }
    public var dropped: Int { totalAppended - count }
    /// The sequence number of the oldest kept line.
    public var firstSeq: Int { totalAppended - count }
    /// One past the sequence number of the newest line.
    public var endSeq: Int { totalAppended }

    /// The line at `index`, 0 being the oldest kept.
    public subscript(index: Int) -> LogLine {
        storage[(head + index) % storage.count]
    }

    /// The line with sequence number `seq`, if it is still kept.
    public subscript(seq seq: Int) -> LogLine? {
        guard seq >= firstSeq, seq < endSeq else { return nil }
        return self[seq - firstSeq]
    }

    public mutating func append(_ line: LogLine) {
        totalAppended += 1
        let cost = line.byteCost
        while count > 0 && (count == capacity || bytes + cost > byteCapacity) { dropOldest() }
        let slot = (head + count) % capacity
        if slot == storage.count {
            storage.append(line)
        } else {
            storage[slot] = line
        }
        count += 1
        bytes += cost
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
        count = 0
        bytes = 0
    }

    private mutating func dropOldest() {
        bytes -= storage[head].byteCost
        // Release the text now rather than when the slot is reused.
        storage[head] = LogLine(stream: .stdout, text: "")
        head = (head + 1) % capacity
        count -= 1
        if count == 0 {
            // Empty again: start from slot 0 so `storage` stays dense.
            storage.removeAll(keepingCapacity: true)
            head = 0
        }
    }
}
