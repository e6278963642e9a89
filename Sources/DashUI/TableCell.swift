import TermRender

/// A run of text in one role inside a table cell ("<none>" dim, then a "dangling" tag).
struct Span: Sendable, Equatable {
    var text: String
    var role: Role

    init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

/// One cell of a table: spans drawn left to right, plus an optional shorter wording used when the full one does
/// not fit its column ("Up 2h" for "Up 2 hours").
struct TableCell: Sendable, Equatable {
    var spans: [Span]
    var compact: [Span]?

    init(_ spans: [Span], compact: [Span]? = nil) {
        self.spans = spans
        self.compact = compact
    }

    init(_ text: String, _ role: Role = .text, compact: String? = nil) {
        self.init([Span(text, role)], compact: compact.map { [Span($0, role)] })
    }

    static let empty = TableCell([])

    var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }
    /// The narrowest this cell can be without cutting text.
    var compactWidth: Int { compact.map { $0.reduce(0) { $0 + $1.text.displayWidth } } ?? width }
}

/// One row of a table: its object id (for the cursor), its cells (one per column) and whether it is marked.
struct TableRow: Sendable, Equatable {
    var id: String
    var cells: [TableCell]
    var marked = false
}
