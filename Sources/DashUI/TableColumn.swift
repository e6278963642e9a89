import TermRender

/// A column of a table and how it gives way on narrow terminals.
struct TableColumn: Sendable, Equatable {
    var title: String
    var alignment: TextAlignment = .leading
    /// The widest the column asks for before spare room is shared out (long names are cut here first).
    var cap: Int
    /// The narrowest it may get before a less important column is dropped instead; nil means its compact width
    /// (so names are never cut while there are columns left to drop).
    var floor: Int?
    /// Columns with the highest rank are dropped first on narrow terminals; nil: never dropped.
    var dropRank: Int?
    /// Takes spare room beyond `cap`, up to its longest cell.
    var grows = false
    /// Leaves a cell blank when it repeats the row above (a group name written once per group).
    var blankRepeats = false

    init(_ title: String, alignment: TextAlignment = .leading, cap: Int, floor: Int? = nil, dropRank: Int? = nil,
         grows: Bool = false, blankRepeats: Bool = false) {
        self.title = title
        self.alignment = alignment
        self.cap = cap
        self.floor = floor
        self.dropRank = dropRank
        self.grows = grows
        self.blankRepeats = blankRepeats
    }
}
