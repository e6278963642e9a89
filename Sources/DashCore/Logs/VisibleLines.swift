/// The lines a log view shows, in order: the whole buffer, or the ones its filter keeps. Positions (0 is the
/// oldest shown) map to sequence numbers and back; the renderer and the reducer share this one definition.
public struct VisibleLines: Sendable {
    private let firstSeq: Int
    private let endSeq: Int
    /// The kept sequence numbers, when filtered.
    private let matches: [Int]?

    init(buffer: LogBuffer, matches: [Int]?) {
        firstSeq = buffer.firstSeq
        endSeq = buffer.endSeq
        self.matches = matches
    }

    public var count: Int { matches?.count ?? (endSeq - firstSeq) }
    public var isEmpty: Bool { count == 0 }

    /// The sequence number of the line at `position`.
    public func seq(at position: Int) -> Int {
        matches?[position] ?? firstSeq + position
    }

    /// The position of the last line shown at or before `seq` (nil when every line shown is newer).
    public func position(atOrBefore seq: Int) -> Int? {
        guard let matches else {
            guard seq >= firstSeq, endSeq > firstSeq else { return nil }
            return min(seq, endSeq - 1) - firstSeq
        }
        let after = Self.upperBound(matches, seq)
        return after > 0 ? after - 1 : nil
    }

    /// The position of the first line shown at or after `seq` (nil when every line shown is older).
    public func position(atOrAfter seq: Int) -> Int? {
        guard let matches else {
            guard seq < endSeq, endSeq > firstSeq else { return nil }
            return max(seq, firstSeq) - firstSeq
        }
        let index = Self.upperBound(matches, seq - 1)
        return index < matches.count ? index : nil
    }

    /// Lines shown from `seq` on: the "new lines" count.
    public func count(from seq: Int) -> Int {
        guard let position = position(atOrAfter: seq) else { return 0 }
        return count - position
    }

    /// The first index whose element is greater than `value`.
    private static func upperBound(_ sorted: [Int], _ value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
