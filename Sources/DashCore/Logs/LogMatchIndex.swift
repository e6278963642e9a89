/// The lines of a log buffer that a predicate holds for (a filter, or a search), by sequence number, kept
/// current incrementally: lines are tested once, as they arrive. The lines already in the buffer when the
/// predicate was set are scanned newest first, a bounded amount per step, so a new pattern over a full buffer
/// never blocks the keys.
public struct LogMatchIndex: Sendable, Equatable {
    /// Matching sequence numbers, ascending.
    public private(set) var seqs: [Int] = []
    /// Lines below this sequence number (and still in the buffer) have not been scanned yet.
    public private(set) var unscannedEnd: Int

    /// Lines scanned per step at most, and bytes of text.
    public static let stepLines = 2000
    public static let stepBytes = 512 * 1024

    /// An index for a buffer whose lines below `unscannedEnd` are still to be scanned.
    public init(unscannedEnd: Int) {
        self.unscannedEnd = unscannedEnd
    }

    /// True once every line of `buffer` has been looked at.
    public func isComplete(in buffer: LogBuffer) -> Bool {
        unscannedEnd <= buffer.firstSeq
    }

    /// Records a newly appended line that matched (sequence numbers only grow).
    public mutating func add(_ seq: Int) {
        seqs.append(seq)
    }

    /// Forgets lines that fell off the front of the buffer.
    public mutating func prune(below firstSeq: Int) {
        guard let first = seqs.first, first < firstSeq else { return }
        seqs.removeFirst(lowerBound(firstSeq))
    }

    /// Scans a bounded chunk of the not yet scanned lines, newest first. Returns true when it is complete.
    @discardableResult
    public mutating func scanStep(_ buffer: LogBuffer, _ matches: (LogLine) -> Bool) -> Bool {
        var seq = min(unscannedEnd, buffer.endSeq) - 1
        var found: [Int] = []
        var lines = 0
        var bytes = 0
        while seq >= buffer.firstSeq, lines < Self.stepLines, bytes < Self.stepBytes {
            if let line = buffer[seq: seq] {
                if matches(line) { found.append(seq) }
                bytes += line.text.utf8.count
            }
            lines += 1
            seq -= 1
        }
        unscannedEnd = seq + 1
        if !found.isEmpty { seqs.insert(contentsOf: found.reversed(), at: 0) }
        prune(below: buffer.firstSeq)
        return isComplete(in: buffer)
    }

    public func contains(_ seq: Int) -> Bool {
        let index = lowerBound(seq)
        return index < seqs.count && seqs[index] == seq
    }

    /// The index of the first match at or after `seq` (`seqs.count` when there is none).
    public func lowerBound(_ seq: Int) -> Int {
        var low = 0
        var high = seqs.count
        while low < high {
            let middle = (low + high) / 2
            if seqs[middle] < seq { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
