import DashCore
import EngineAPI
import TermRender

/// The containers table: name, image, state, CPU and memory of running ones, ports and compose project.
/// On narrow terminals the project, ports, memory, CPU and image columns give way, in that order, before names
/// are cut.
struct ContainersPane {
    var state: AppState
    var glyphs: Glyphs

    func render(in rect: Rect, into screen: inout Screen) {
        let list = state[list: .containers]
        let ids = Rows.ids(state, .containers)
        // Only the rows on screen become cells: with a thousand containers, building and measuring every row
        // each frame was most of what an idle dashboard cost.
        let visibleCount = max(1, rect.height - 3)
        var top = min(max(0, list.top), max(0, ids.count - visibleCount))
        if let cursor = list.cursorID, let index = ids.firstIndex(of: cursor) {
            if index < top { top = index }
            if index >= top + visibleCount { top = index - visibleCount + 1 }
        }
        let visible = ids[top..<min(ids.count, top + visibleCount)].compactMap { state.containers[$0] }
        let rows = visible.map { container in
            var cells = [
                TableCell(container.name),
                TableCell(container.image, compact: Self.shortImage(container.image)),
                statusCell(container),
                cpuCell(container),
                memoryCell(container),
                TableCell(StatusText.ports(container.ports, arrow: glyphs.arrow), .textDim),
            ]
            let project = container.composeProject
            if state.groupByProject {
                cells.insert(TableCell(project ?? glyphs.none, project == nil ? .textDim : .text), at: 0)
            } else {
                cells.append(TableCell(project ?? "", .textDim))
            }
            return TableRow(id: container.id, cells: cells, marked: list.marks.contains(container.id))
        }
        var columns = [
            TableColumn("NAME", cap: 22, grows: true),
            TableColumn("IMAGE", cap: 24, floor: 12, dropRank: 1, grows: true),
            TableColumn("STATUS", cap: 26),
            TableColumn("CPU%", alignment: .trailing, cap: 6, dropRank: 2),
            TableColumn("MEM", alignment: .trailing, cap: 7, dropRank: 3),
            TableColumn("PORTS", cap: 26, floor: 12, dropRank: 4, grows: true),
        ]
        // Grouped, the project leads, is never dropped, and is written once per group.
        let projectColumn = TableColumn("PROJECT", cap: 16, floor: 8, dropRank: state.groupByProject ? nil : 5,
                                        blankRepeats: state.groupByProject)
        if state.groupByProject { columns.insert(projectColumn, at: 0) } else { columns.append(projectColumn) }

        let table = TableView(
            title: PaneTitle.text(.containers, shown: ids.count, total: state.containers.count,
                                  loaded: state.loaded.contains(.containers)),
            columns: columns, rows: Array(rows), top: 0, cursorID: list.cursorID, totalRows: ids.count, rowOffset: top,
            emptyText: PaneTitle.emptyText(state, .containers, glyphs: glyphs), glyphs: glyphs)
        table.render(in: rect, into: &screen)
    }

    /// The state column: the live status text in the phase's role, or the command in flight.
    private func statusCell(_ container: ContainerSummary) -> TableCell {
        if let pending = state.pending[container.id] {
            let text = glyphs.prose(pending + "…")
            return TableCell(text, .statusBusy)
        }
        let status = container.status.isEmpty ? container.state : container.status
        let text = LiveStatus.text(status, receivedAt: state.statusReceivedAt[container.id] ?? state.now,
                                   now: state.now)
        return TableCell(text, StatusText.role(ContainerPhase(container)), compact: StatusText.compact(text))
    }

    private func cpuCell(_ container: ContainerSummary) -> TableCell {
        guard ContainerPhase(container).isRunning else { return TableCell(glyphs.none, .textDim) }
        guard let cpu = state.stats[container.id]?.cpuPercent else { return TableCell(glyphs.more, .textDim) }
        return TableCell(Self.percent(cpu))
    }

    private func memoryCell(_ container: ContainerSummary) -> TableCell {
        guard ContainerPhase(container).isRunning else { return TableCell(glyphs.none, .textDim) }
        guard let bytes = state.stats[container.id]?.memoryBytes else { return TableCell(glyphs.more, .textDim) }
        return TableCell(ByteCount.format(bytes))
    }

    /// The image without its registry and path ("ghcr.io/acme/worker:1.2" → "worker:1.2"), for narrow columns.
    static func shortImage(_ image: String) -> String {
        let withoutDigest = image.split(separator: "@").first.map(String.init) ?? image
        return withoutDigest.split(separator: "/").last.map(String.init) ?? withoutDigest
    }

    /// "0.3", "12.5", "250" (percent of one CPU; the column title says "%").
    static func percent(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return tenths >= 10_000 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
