import DashCore
import EngineAPI
import TermRender

/// The images table: repository:tag, short id, age, size and how many containers use each image.
/// Dangling images read "<none>" (dimmed) with a "dangling" tag.
struct ImagesPane {
    var state: AppState
    var glyphs: Glyphs

    func render(in rect: Rect, into screen: inout Screen) {
        let list = state[list: .images]
        let images = Rows.images(state)
        let usage = Rows.imageUsage(state)
        let rows = images.map { image in
            TableRow(id: image.id, cells: [
                Self.nameCell(image),
                TableCell(image.shortID, .textDim),
                TableCell(image.created.map { Timestamp.ago(Double($0), now: state.now) } ?? glyphs.none, .textDim,
                          compact: image.created.map { StatusText.compact(Timestamp.ago(Double($0), now: state.now)) }),
                TableCell(image.size.map(ByteCount.format) ?? "?"),
                Self.usageCell(usage[image.id] ?? 0, none: glyphs.none),
            ], marked: list.marks.contains(image.id))
        }
        let columns = [
            TableColumn("REPOSITORY:TAG", cap: 28, grows: true),
            TableColumn("ID", cap: 12, dropRank: 4),
            TableColumn("CREATED", cap: 20, dropRank: 3),
            TableColumn("SIZE", alignment: .trailing, cap: 7, dropRank: 1),
            TableColumn("CONTAINERS", alignment: .trailing, cap: 10, dropRank: 2),
        ]
        let table = TableView(
            title: PaneTitle.text(.images, shown: images.count, total: state.images.count,
                                  loaded: state.loaded.contains(.images)),
            columns: columns, rows: rows, top: list.top, cursorID: list.cursorID,
            emptyText: PaneTitle.emptyText(state, .images, glyphs: glyphs), glyphs: glyphs)
        table.render(in: rect, into: &screen)
    }

    static func nameCell(_ image: ImageSummary) -> TableCell {
        guard image.isDangling else { return TableCell(Rows.imageName(image)) }
        return TableCell([Span("<none>", .textDim), Span("  dangling", .text)])
    }

    /// How many containers use the image: a count, or a dimmed dash for none (those are safe to remove).
    static func usageCell(_ count: Int, none: String) -> TableCell {
        count == 0 ? TableCell(none, .textDim) : TableCell("\(count)")
    }
}
