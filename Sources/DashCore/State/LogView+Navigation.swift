/// Moving around a log view: the selected line, following the newest, paging, sideways scrolling.
extension LogView {
    /// The lines shown, after the filter.
    public var visible: VisibleLines {
        VisibleLines(buffer: buffer, matches: filterIndex?.seqs)
    }

    /// True while the view moves along with the newest line.
    public var isTracking: Bool { cursor == nil }

    /// The position (in `visible`) of the selected line; nil when nothing is shown.
    public func cursorPosition(in visible: VisibleLines) -> Int? {
        guard !visible.isEmpty else { return nil }
        guard let cursor else { return visible.count - 1 }
        return visible.position(atOrBefore: cursor) ?? 0
    }

    /// The position of the line on the bottom row.
    public func bottomPosition(in visible: VisibleLines) -> Int? {
        guard let position = cursorPosition(in: visible) else { return nil }
        return min(position + max(0, cursorOffset), visible.count - 1)
    }

    /// Lines shown that arrived since the view stopped moving with the newest line.
    public var newLineCount: Int {
        guard !isTracking, let pausedAt else { return 0 }
        return visible.count(from: pausedAt)
    }

    /// Moves the selection by `delta` lines, scrolling a view of `page` lines only as much as needed. Reaching
    /// the newest line while following starts moving with it again.
    public mutating func moveCursor(by delta: Int, page: Int) {
        let visible = visible
        guard let current = cursorPosition(in: visible) else { return }
        let target = min(max(0, current + delta), visible.count - 1)
        if target == visible.count - 1 && follow && delta >= 0 {
            resumeTracking()
            return
        }
        select(visible.seq(at: target))
        let bottom = current + cursorOffset
        cursorOffset = min(max(0, bottom - target), max(0, page - 1), visible.count - 1 - target)
    }

    /// `f`: stop moving with new lines (the view stays where it is) or start again at the newest line.
    public mutating func toggleFollow() {
        follow.toggle()
        if follow {
            resumeTracking()
        } else if isTracking, !visible.isEmpty {
            select(visible.seq(at: visible.count - 1))
            cursorOffset = 0
        }
    }

    /// `G`/End: the newest line; moving along with it again unless following is off.
    public mutating func jumpToNewest() {
        if follow {
            resumeTracking()
            return
        }
        let visible = visible
        guard !visible.isEmpty else { return }
        cursor = visible.seq(at: visible.count - 1)
        cursorOffset = 0
        pausedAt = buffer.endSeq
    }

    /// `g`/Home: the oldest line kept, on the top row.
    public mutating func jumpToOldest(page: Int) {
        let visible = visible
        guard !visible.isEmpty else { return }
        select(visible.seq(at: 0))
        cursorOffset = min(max(0, page - 1), visible.count - 1)
    }

    /// Selects line `seq` (a search match), roughly in the middle of a view of `page` lines.
    public mutating func jump(to seq: Int, page: Int) {
        let visible = visible
        guard let position = visible.position(atOrBefore: seq) else { return }
        select(visible.seq(at: position))
        cursorOffset = min(max(0, page / 2), visible.count - 1 - position)
    }

    /// Sideways scrolling of unwrapped lines, never left of column 0.
    public mutating func scrollColumns(by delta: Int) {
        column = max(0, column + delta)
    }

    /// The selected line, or the newest one while tracking.
    public var selectedSeq: Int? {
        let visible = visible
        return cursorPosition(in: visible).map { visible.seq(at: $0) }
    }

    /// `v`: marks the selected line as one end of a range to copy, or clears the mark.
    public mutating func toggleMark() {
        mark = mark == nil ? selectedSeq : nil
    }

    /// The sequence numbers a copy takes: from the mark to the selected line (shown lines only), or the
    /// selected line alone.
    public var selectedSeqs: [Int] {
        guard let selected = selectedSeq else { return [] }
        let visible = visible
        guard let mark, let from = visible.position(atOrAfter: min(mark, selected)),
              let to = visible.position(atOrBefore: max(mark, selected)), from <= to
        else { return [selected] }
        return (from...to).map { visible.seq(at: $0) }
    }

    /// Starts a fresh stream: the buffer empties and the view moves with the newest line again.
    public mutating func restart(stream: Int) {
        self.stream = stream
        buffer = LogBuffer(capacity: buffer.capacity, byteCapacity: buffer.byteCapacity)
        endedReason = nil
        follow = true
        cursor = nil
        cursorOffset = 0
        pausedAt = nil
        mark = nil
        if filter.isActive { filterIndex = LogMatchIndex(unscannedEnd: 0) }
        if search != nil { searchIndex = LogMatchIndex(unscannedEnd: 0) }
    }

    private mutating func select(_ seq: Int) {
        if isTracking { pausedAt = buffer.endSeq }
        cursor = seq
    }

    private mutating func resumeTracking() {
        cursor = nil
        cursorOffset = 0
        pausedAt = nil
    }
}
