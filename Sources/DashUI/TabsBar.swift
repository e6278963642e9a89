import DashCore
import TermRender

/// The second row: the pane tabs ("1 Containers  2 Images  3 Volumes") and, on the right, the current sort and
/// the filter (with a cursor while it is being typed).
struct TabsBar {
    var state: AppState
    var glyphs: Glyphs

    private enum Part: Hashable {
        case tabs, sort, filter, preset
    }

    func render(row y: Int, into screen: inout Screen) {
        var segments: [BarLayout<Part>.Segment] = [.init(key: .tabs, variants: [tabs(short: false), tabs(short: true)])]
        let list = state[list: state.pane]
        let arrow = list.descending ? glyphs.descending : glyphs.ascending
        segments.append(.init(key: .sort, variants: [
            [Span("sort: ", .textDim), Span("\(list.sort.label) \(arrow)", .text)],
            [Span("\(list.sort.label) \(arrow)", .text)],
        ], right: true))
        if let preset = list.preset {
            segments.append(.init(key: .preset, variants: [[Span("[\(preset.label)]", .filterInput)]], right: true))
        }
        if state.filterEditing || !list.filter.isEmpty {
            var spans = [Span("/" + list.filter, .filterInput)]
            if state.filterEditing { spans.append(Span(glyphs.cursor, .filterInput)) }
            segments.append(.init(key: .filter, variants: [spans], right: true))
        }
        let bar = BarLayout<Part>(
            segments: segments, steps: [.shorten(.tabs), .shorten(.sort), .drop(.sort)],
            separator: Span(" "), rightSeparator: Span("   "), margin: 0, ellipsis: glyphs.ellipsis)
        bar.render(row: y, width: screen.size.columns, background: .text, into: &screen)
    }

    /// " 1 Containers  2 Images  3 Volumes ", or only the visible pane named (" 1 Containers  2  3 ").
    private func tabs(short: Bool) -> [Span] {
        var spans: [Span] = []
        for (index, pane) in PaneKind.allCases.enumerated() {
            let active = pane == state.pane
            let label = short && !active ? " \(index + 1) " : " \(index + 1) \(pane.title) "
            if index > 0 { spans.append(Span(" ")) }
            spans.append(Span(label, active ? .tabActive : .tabInactive))
        }
        return spans
    }
}
