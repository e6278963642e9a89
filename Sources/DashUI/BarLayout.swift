import TermRender

/// Fits a one-row bar of segments into a width by giving way in a fixed order: each step shortens a segment to
/// its next, terser wording or drops it. After a `.cut` step a segment's fullest wording takes the room left over,
/// cut with the ellipsis, so its most useful words (an error's reason) show for as long as there is room.
struct BarLayout<Key: Hashable> {
    /// One piece of a bar: wordings from fullest to tersest.
    struct Segment {
        var key: Key
        var variants: [[Span]]
        var right = false
    }

    /// A concession, tried in order until the bar fits.
    enum Step {
        case shorten(Key)
        case drop(Key)
        /// Lets a segment's fullest wording be cut to fit.
        case cut(Key)
    }

    var segments: [Segment]
    var steps: [Step]
    var separator: Span
    /// Between segments on the right.
    var rightSeparator = Span("  ")
    var margin = 1
    var ellipsis = "…"

    /// The segments that fit, left and right, each as the spans to draw.
    func fit(width: Int) -> (left: [[Span]], right: [[Span]]) {
        var variant = Dictionary(uniqueKeysWithValues: segments.map { ($0.key, 0) })
        var kept = segments
        var cuttable = Set<Key>()
        func widthOf(_ segment: Segment, _ index: Int) -> Int {
            let spans = segment.variants[index]
            if cuttable.contains(segment.key), index == 0, segment.variants.count > 1 {
                return Self.width(segment.variants[1])
            }
            return Self.width(spans)
        }
        func total() -> Int {
            let left = kept.filter { !$0.right }
            let right = kept.filter(\.right)
            var sum = margin + left.reduce(0) { $0 + widthOf($1, variant[$1.key] ?? 0) }
            sum += Self.width([separator]) * max(0, left.count - 1)
            if !right.isEmpty {
                sum += 2 + right.reduce(0) { $0 + widthOf($1, variant[$1.key] ?? 0) } + margin
                sum += Self.width([rightSeparator]) * (right.count - 1)
            }
            return sum
        }
        for step in steps where total() > width {
            switch step {
            case .shorten(let key):
                guard let segment = kept.first(where: { $0.key == key }), let index = variant[key] else { continue }
                variant[key] = min(index + 1, segment.variants.count - 1)
            case .drop(let key):
                kept.removeAll { $0.key == key }
            case .cut(let key):
                cuttable.insert(key)
            }
        }
        // Whatever room is left goes to a cuttable segment still showing its fullest wording.
        var spare = width - total()
        func spans(_ segment: Segment) -> [Span] {
            let index = variant[segment.key] ?? 0
            guard cuttable.contains(segment.key), index == 0, segment.variants.count > 1 else {
                return segment.variants[index]
            }
            // A few characters of the cut wording say nothing; the shorter wording reads better then.
            guard spare >= 8 else { return segment.variants[1] }
            let room = Self.width(segment.variants[1]) + spare
            spare = 0
            return Self.cut(segment.variants[0], to: room, ellipsis: ellipsis)
        }
        return (kept.filter { !$0.right }.map(spans), kept.filter(\.right).map(spans))
    }

    /// Fills row `y` with `background` and draws what fits: left segments from the left margin, right ones
    /// ending at the right margin.
    func render(row y: Int, width: Int, background: Role, into screen: inout Screen) {
        screen.fill(Rect(x: 0, y: y, width: width, height: 1), style: Style(background))
        let (left, right) = fit(width: width)
        var x = margin
        for (index, spans) in left.enumerated() {
            if index > 0 { x += draw([separator], x: x, y: y, background: background, into: &screen) }
            x += draw(spans, x: x, y: y, background: background, into: &screen)
        }
        guard !right.isEmpty else { return }
        let joined = right.enumerated().flatMap { $0.offset == 0 ? $0.element : [rightSeparator] + $0.element }
        let start = max(x + 2, width - margin - Self.width(joined))
        draw(joined, x: start, y: y, background: background, into: &screen)
    }

    @discardableResult
    private func draw(_ spans: [Span], x: Int, y: Int, background: Role, into screen: inout Screen) -> Int {
        var advanced = 0
        for span in spans {
            advanced += screen.write(span.text, at: Point(x: x + advanced, y: y), style: Style(span.role))
        }
        return advanced
    }

    static func width(_ spans: [Span]) -> Int {
        spans.reduce(0) { $0 + $1.text.displayWidth }
    }

    /// The spans cut to `width` cells, the last one ending in "…" when something was cut.
    static func cut(_ spans: [Span], to width: Int, ellipsis: String = "…") -> [Span] {
        guard Self.width(spans) > width else { return spans }
        var out: [Span] = []
        var left = max(0, width - ellipsis.displayWidth)
        for span in spans {
            if span.text.displayWidth <= left {
                out.append(span)
                left -= span.text.displayWidth
                continue
            }
            out.append(Span(span.text.truncated(toWidth: left, ellipsis: "") + ellipsis, span.role))
            break
        }
        return out
    }
}
