/// New lines, the filter and the search: indexes kept current one batch at a time.
extension LogView {
    /// Appends a batch from the stream. Only the new lines are matched against the filter and the search.
    public mutating func receive(_ lines: [LogLine]) {
        let start = buffer.endSeq
        buffer.append(contentsOf: lines)
        let first = buffer.firstSeq
        if filterIndex != nil || searchIndex != nil {
            for (offset, line) in lines.enumerated() where start + offset >= first {
                if filterIndex != nil, filter.keeps(line) { filterIndex?.add(start + offset) }
                if searchIndex != nil, search?.keeps(line.text) == true { searchIndex?.add(start + offset) }
            }
        }
        filterIndex?.prune(below: first)
        searchIndex?.prune(below: first)
    }

    /// Sets the filter; the lines already here are scanned a step at a time (`scanStep`). The selected line and
    /// its row stay, so clearing a filter returns to the same place in the full log.
    public mutating func setFilter(_ filter: LogFilter) {
        self.filter = filter
        filterIndex = filter.isActive ? LogMatchIndex(unscannedEnd: buffer.endSeq) : nil
        mark = nil
    }

    /// Sets (or with nil clears) the search.
    public mutating func setSearch(_ pattern: LogPattern?) {
        search = pattern
        searchIndex = pattern == nil ? nil : LogMatchIndex(unscannedEnd: buffer.endSeq)
    }

    /// True while a new filter or search is still looking through the lines that were already here.
    public var isScanning: Bool {
        (filterIndex.map { !$0.isComplete(in: buffer) } ?? false) || (searchIndex.map { !$0.isComplete(in: buffer) } ?? false)
    }

    /// Scans one bounded chunk for the filter and the search. Returns true when both are complete.
    @discardableResult
    public mutating func scanStep() -> Bool {
        let buffer = self.buffer
        if filterIndex?.isComplete(in: buffer) == false {
            let filter = self.filter
            filterIndex?.scanStep(buffer) { filter.keeps($0) }
        }
        if searchIndex?.isComplete(in: buffer) == false, let search {
            searchIndex?.scanStep(buffer) { search.keeps($0.text) }
        }
        return !isScanning
    }

    /// The search match after (`forward`) or before the selected line among the lines shown, wrapping around at
    /// the ends. Returns the line and whether it wrapped.
    public func nextMatch(forward: Bool) -> (seq: Int, wrapped: Bool)? {
        guard let hits = searchIndex?.seqs, !hits.isEmpty else { return nil }
        let shown: (Int) -> Bool = { seq in filterIndex?.contains(seq) ?? true }
        let from = selectedSeq ?? buffer.endSeq
        if forward {
            let start = searchIndex?.lowerBound(from + 1) ?? hits.count
            if let seq = hits[start...].first(where: shown) { return (seq, false) }
            return hits[..<start].first(where: shown).map { ($0, true) }
        }
        let end = searchIndex?.lowerBound(from) ?? 0
        if let seq = hits[..<end].last(where: shown) { return (seq, false) }
        return hits[end...].last(where: shown).map { ($0, true) }
    }

    /// The search match at or before the newest line shown, for the first jump after a search.
    public func latestMatch(atOrBefore seq: Int) -> Int? {
        guard let index = searchIndex else { return nil }
        let end = index.lowerBound(seq + 1)
        return index.seqs[..<end].last { filterIndex?.contains($0) ?? true }
    }
}
