import DashCore
import EngineAPI
import TermRender

/// The volumes table: name (anonymous ones shortened and tagged), driver, the containers using each one,
/// size from the background disk-usage load, and age.
struct VolumesPane {
    var state: AppState
    var glyphs: Glyphs

    func render(in rect: Rect, into screen: inout Screen) {
        let list = state[list: .volumes]
        let volumes = Rows.volumes(state)
        let users = Rows.volumeUsers(state)
        let rows = volumes.map { volume in
            TableRow(id: volume.name, cells: [
                nameCell(volume),
                TableCell(volume.driver ?? glyphs.none, .textDim),
                users[volume.name].map { TableCell($0.joined(separator: ", ")) } ?? TableCell(glyphs.none, .textDim),
                sizeCell(volume),
                createdCell(volume),
            ], marked: list.marks.contains(volume.name))
        }
        let columns = [
            TableColumn("NAME", cap: 36, grows: true),
            TableColumn("DRIVER", cap: 10, dropRank: 4),
            TableColumn("IN USE BY", cap: 20, floor: 10, dropRank: 2, grows: true),
            TableColumn("SIZE", alignment: .trailing, cap: 7, dropRank: 1),
            TableColumn("CREATED", cap: 20, dropRank: 3),
        ]
        let table = TableView(
            title: PaneTitle.text(.volumes, shown: volumes.count, total: state.volumes.count,
                                  loaded: state.loaded.contains(.volumes)),
            columns: columns, rows: rows, top: list.top, cursorID: list.cursorID,
            emptyText: PaneTitle.emptyText(state, .volumes, glyphs: glyphs), glyphs: glyphs)
        table.render(in: rect, into: &screen)
    }

    /// Named volumes in full; anonymous ones (64 hex digits) as their first 12 digits and a dimmed tag.
    private func nameCell(_ volume: Volume) -> TableCell {
        guard volume.isAnonymous else { return TableCell(volume.name) }
        let short = volume.name.count > 12 ? String(volume.name.prefix(12)) + glyphs.ellipsis : volume.name
        return TableCell([Span(short, .textDim), Span("  anonymous", .textDim)])
    }

    /// The size from `/system/df`: "…" while it loads, "?" when the engine did not say.
    private func sizeCell(_ volume: Volume) -> TableCell {
        if let size = state.volumeSizes[volume.name] { return TableCell(ByteCount.format(size)) }
        if state.diskUsage == .loading { return TableCell(glyphs.more, .textDim) }
        return TableCell("?", .textDim)
    }

    private func createdCell(_ volume: Volume) -> TableCell {
        guard let created = volume.createdAt.flatMap(Timestamp.parse) else { return TableCell(glyphs.none, .textDim) }
        let text = Timestamp.ago(created, now: state.now)
        return TableCell(text, .textDim, compact: StatusText.compact(text))
    }
}
