/// Decides which columns of a table are shown and how wide each is, for a given width.
///
/// Order of concessions on a narrow terminal: drop columns by `dropRank` while even their narrowest widths do not
/// fit; then shrink the widest column one cell at a time (a column too narrow for every cell in full uses the
/// compact wording on all rows); spare room goes to the most important columns first,
/// up to what they want, then to growing columns up to their longest cell. Leftover room stays at the right.
enum ColumnLayout {
    /// Widths per column (nil: hidden). `gap` cells separate visible columns.
    static func widths(_ columns: [TableColumn], rows: [TableRow], width: Int, gap: Int) -> [Int?] {
        let measures = columns.indices.map { measure(columns[$0], index: $0, rows: rows) }
        var visible = Array(columns.indices)
        func total(_ widths: [Int: Int]) -> Int {
            widths.values.reduce(0, +) + gap * max(0, widths.count - 1)
        }
        while total(Dictionary(uniqueKeysWithValues: visible.map { ($0, measures[$0].least) })) > width,
            let drop = visible.filter({ columns[$0].dropRank != nil }).max(by: {
                (columns[$0].dropRank ?? 0, $0) < (columns[$1].dropRank ?? 0, $1)
            })
        {
            visible.removeAll { $0 == drop }
        }
        var assigned = Dictionary(uniqueKeysWithValues: visible.map { ($0, measures[$0].least) })
        // Still too wide (only the essential columns are left): take from the widest, one cell at a time.
        while total(assigned) > width, let widest = assigned.filter({ $0.value > 1 }).max(by: {
            ($0.value, $1.key) < ($1.value, $0.key)
        }) {
            assigned[widest.key] = widest.value - 1
        }
        // Spare room: most important first (never-dropped, then by rank), up to what each wants.
        let byImportance = visible.sorted {
            (columns[$0].dropRank ?? -1, $0) < (columns[$1].dropRank ?? -1, $1)
        }
        var spare = width - total(assigned)
        for index in byImportance where spare > 0 {
            let raise = min(spare, max(0, measures[index].want - (assigned[index] ?? 0)))
            assigned[index, default: 0] += raise
            spare -= raise
        }
        for index in byImportance where spare > 0 && columns[index].grows {
            let raise = min(spare, max(0, measures[index].natural - (assigned[index] ?? 0)))
            assigned[index, default: 0] += raise
            spare -= raise
        }
        return columns.indices.map { assigned[$0] }
    }

    /// The longest cell of a column (or its title): narrower than this, the table uses compact wordings.
    static func natural(_ column: TableColumn, index: Int, rows: [TableRow]) -> Int {
        rows.reduce(column.title.displayWidth) { index < $1.cells.count ? max($0, $1.cells[index].width) : $0 }
    }

    /// Natural (longest cell), wanted (capped) and least (floor) widths of one column.
    private static func measure(_ column: TableColumn, index: Int, rows: [TableRow])
        -> (natural: Int, want: Int, least: Int)
    {
        let title = column.title.displayWidth
        // An empty table (loading, nothing matches) keeps the proportions of a full one.
        var natural = rows.isEmpty ? max(title, column.floor ?? column.cap) : title
        var compact = natural
        for row in rows where index < row.cells.count {
            natural = max(natural, row.cells[index].width)
            compact = max(compact, row.cells[index].compactWidth)
        }
        // A column that cannot show every cell in full asks only for its compact wording ("Up 2h"), which the
        // table then uses on every row, so the column reads consistently.
        let want = max(title, natural <= column.cap ? natural : min(compact, column.cap))
        let least = min(want, column.floor.map { max($0, title) } ?? min(compact, want))
        return (natural, want, least)
    }
}
