import DashCore
import EngineAPI
import TermRender

/// The cleanup dialog: the preview of exactly what will be removed (name, id, age, size, total), then each
/// object's result as removal proceeds, then the summary.
struct PruneDialog {
    var plan: PrunePlan
    var state: AppState
    var glyphs: Glyphs

    func render(into screen: inout Screen) {
        let size = screen.size
        let width = max(20, min(100, size.columns - 4))
        // As tall as the list needs, up to the screen.
        let wanted = headerLines().count + plan.items.count + 6
        let height = max(8, min(size.rows - 4, wanted))
        let box = HelpOverlay.centred(width: width, height: height, in: screen.bounds)
        let title = "Clean up \(plan.pane.rawValue)"
        let inner = screen.drawPanel(box, title: [Span(title, .dialogBorder)], focused: true, glyphs: glyphs,
                                     background: .dialog, border: .dialogBorder)
        let text = inner.inset(left: 1, right: 1)
        guard text.height >= 4, text.width > 8 else { return }
        var y = text.y
        for line in headerLines() {
            screen.write(line.0.truncated(toWidth: text.width, ellipsis: glyphs.ellipsis), at: Point(x: text.x, y: y),
                         style: Style(line.1), maxWidth: text.width)
            y += 1
        }
        y += 1
        let listRows = max(0, text.maxY - y - 2)
        let hidden = max(0, plan.items.count - plan.scroll - max(0, listRows - 1))
        let footer = footerLine() + (hidden > 0 ? "   (\(hidden) more)" : "")
        drawItems(in: Rect(x: text.x, y: y, width: text.width, height: listRows), into: &screen)
        screen.write(footer.truncated(toWidth: text.width, ellipsis: glyphs.ellipsis), at: Point(x: text.x, y: text.maxY - 1),
                     style: Style(.keyHint), maxWidth: text.width)
    }

    /// What will go, how much it frees, and the warnings.
    private func headerLines() -> [(String, Role)] {
        let sized = plan.items.compactMap { PrunePlanner.size(of: $0.id, in: plan.pane, state) }
        let total = sized.reduce(Int64(0)) { $0 + max(0, $1) }
        let sizeText: String
        if sized.count == plan.items.count {
            sizeText = ByteCount.format(total)
        } else if state.diskUsage == .loading {
            sizeText = "sizes loading" + glyphs.more
        } else {
            sizeText = sized.isEmpty ? "size unknown" : "at least \(ByteCount.format(total))"
        }
        var lines: [(String, Role)] = []
        switch plan.pane {
        case .containers:
            lines.append(("\(plan.items.count) stopped containers (exited, created, dead) \(glyphs.dot) \(sizeText)", .dialog))
        case .images:
            let scope = plan.imageScope == .dangling ? "dangling images (untagged, unused)" : "unused images (tagged too)"
            lines.append(("\(plan.items.count) \(scope) \(glyphs.dot) \(sizeText)", .dialog))
            let cache = state.buildCacheSize.map { ByteCount.format($0) } ?? "?"
            lines.append(("build cache (\(cache)): \(plan.includeBuildCache ? "will be pruned too" : "kept")", .textDim))
        case .volumes:
            lines.append(("\(plan.items.count) unused volumes \(glyphs.dot) \(sizeText)", .dialog))
            let named = plan.items.filter(\.isNamedVolume).count
            if named > 0 { lines.append(("\(named) named: their data is deleted for good", .statusError)) }
        }
        if !state[list: plan.pane].filter.isEmpty || state[list: plan.pane].preset != nil {
            lines.append(("only rows the current filter shows", .textDim))
        }
        return lines
    }

    private func footerLine() -> String {
        switch plan.phase {
        case .preview:
            var keys = "y remove exactly these   n cancel   j/k scroll"
            if plan.pane == .images {
                keys += "   a \(plan.imageScope == .dangling ? "all unused" : "dangling only")   c build cache"
            }
            return keys
        case .running:
            return "removing \(plan.done)/\(plan.items.count)" + glyphs.more
        case .finished:
            return "removed \(plan.removedCount) of \(plan.items.count), freed \(ByteCount.format(plan.freed))   any key closes"
        }
    }

    private func drawItems(in rect: Rect, into screen: inout Screen) {
        guard rect.height > 0 else { return }
        let showResult = plan.phase != .preview
        // Narrow screens keep the name and the result; the id, then the age, give way first.
        let idWidth = rect.width >= 50 ? 12 : 0
        let ageWidth = rect.width >= 70 ? 15 : 0
        let sizeWidth = 8
        let resultWidth = showResult ? min(40, rect.width / 3) : 0
        let nameWidth = max(8, rect.width - idWidth - ageWidth - sizeWidth - resultWidth - 4)
        let columns = [("NAME", nameWidth), ("ID", idWidth), ("AGE", ageWidth), ("SIZE", sizeWidth)]
            + (showResult ? [("RESULT", resultWidth)] : [])
        var x = rect.x
        for (heading, w) in columns where w > 0 {
            screen.write(heading, at: Point(x: x, y: rect.y), style: Style(.columnHeader), maxWidth: w)
            x += w + 1
        }
        let visible = plan.items.dropFirst(min(plan.scroll, max(0, plan.items.count - 1))).prefix(rect.height - 1)
        for (offset, item) in visible.enumerated() {
            let y = rect.y + 1 + offset
            var x = rect.x
            let name = (item.isNamedVolume ? "\(item.name) (named)" : item.name)
            let size = PrunePlanner.size(of: item.id, in: plan.pane, state).map { ByteCount.format($0) } ?? "?"
            let age = item.created.map { Timestamp.ago($0, now: state.now) } ?? glyphs.none
            let cells: [(String, Int, Role)] = [
                (name.truncated(toWidth: nameWidth, ellipsis: glyphs.ellipsis), nameWidth, item.isNamedVolume ? .statusError : .dialog),
                (EngineID.short(item.id), idWidth, .textDim), (age, ageWidth, .textDim), (size, sizeWidth, .dialog),
            ]
            for (text, w, role) in cells where w > 0 {
                screen.write(text, at: Point(x: x, y: y), style: Style(role), maxWidth: w)
                x += w + 1
            }
            if showResult {
                let (text, role) = result(for: item)
                screen.write(text.truncated(toWidth: resultWidth, ellipsis: glyphs.ellipsis), at: Point(x: x, y: y),
                             style: Style(role), maxWidth: resultWidth)
            }
        }
    }

    private func result(for item: PrunePlan.Item) -> (String, Role) {
        switch plan.outcomes[item.id] {
        case .removed?: ("removed", .stateRunning)
        case .skipped(let why)?: ("skipped: \(glyphs.prose(why))", .statusBusy)
        case .failed(let why)?: ("failed: \(glyphs.prose(why))", .statusError)
        case nil: (plan.phase == .running ? "waiting" + glyphs.more : "", .textDim)
        }
    }
}
