/// Layout helpers: cut a rectangle into rows and columns. Requests larger than the rectangle are clamped,
/// so a small terminal gives smaller (possibly empty) parts instead of overlapping ones.
extension Rect {
    /// The top `rows` rows, and what is left below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom `rows` rows, and what is left above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// The left `columns` columns, and what is left to their right.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: width - taken, height: height))
    }

    /// The right `columns` columns, and what is left to their left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let taken = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: width - taken, height: height),
                Rect(x: maxX - taken, y: y, width: taken, height: height))
    }

    /// The single-row rectangle at `index` rows from the top (empty when outside).
    public func line(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, index), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Consecutive bands from the top with the given heights; a `nil` height takes what the fixed ones leave
    /// (shared evenly when there are several). Bands past the bottom come back empty.
    public func rows(_ heights: [Int?]) -> [Rect] {
        Rect.distribute(heights, over: height).map { Rect(x: x, y: y + $0.offset, width: width, height: $0.length) }
    }

    /// Consecutive columns from the left with the given widths; a `nil` width takes what the fixed ones leave
    /// (shared evenly when there are several). Columns past the right edge come back empty.
    public func columns(_ widths: [Int?]) -> [Rect] {
        Rect.distribute(widths, over: width).map { Rect(x: x + $0.offset, y: y, width: $0.length, height: height) }
    }

    /// `count` columns of (nearly) equal width; the leftmost ones get the remainder.
    public func columns(count: Int) -> [Rect] {
        columns(Array(repeating: nil, count: max(0, count)))
    }

    /// `count` bands of (nearly) equal height; the top ones get the remainder.
    public func rows(count: Int) -> [Rect] {
        rows(Array(repeating: nil, count: max(0, count)))
    }

    /// Offsets and lengths along one axis for fixed and flexible parts.
    private static func distribute(_ requests: [Int?], over total: Int) -> [(offset: Int, length: Int)] {
        let fixed = requests.reduce(0) { $0 + max(0, $1 ?? 0) }
        let flexibleCount = requests.filter { $0 == nil }.count
        let spare = max(0, total - fixed)
        var flexibleIndex = 0
        var offset = 0
        var parts: [(offset: Int, length: Int)] = []
        for request in requests {
            var wanted: Int
            if let request {
                wanted = max(0, request)
            } else {
                wanted = spare / flexibleCount + (flexibleIndex < spare % flexibleCount ? 1 : 0)
                flexibleIndex += 1
            }
            wanted = min(wanted, max(0, total - offset))
            parts.append((offset, wanted))
            offset += wanted
        }
        return parts
    }
}
