/// The in-memory cell grid panes draw into. Pure value: a backend turns it into terminal output,
/// tests compare it as text (`plainText`) and as roles (`roleMap`).
///
/// Invariants kept by every mutating method: each cell holds one printable grapheme (no control characters),
/// a wide grapheme is always followed by its continuation cell (""), and a continuation always follows a wide one.
public struct Screen: Equatable, Sendable {
    public let size: Size
    /// Row-major cells, `size.rows * size.columns` of them.
    public internal(set) var cells: [Cell]

    /// A screen of the given size filled with `fill` (a narrow grapheme; anything else becomes a space).
    public init(size: Size, fill: Cell = .blank) {
        let clamped = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        self.size = clamped
        let filler = fill.width == 1 && !DisplayWidth.isUnprintable(fill.text.first ?? " ")
            ? fill : Cell(text: " ", style: fill.style)
        self.cells = Array(repeating: filler, count: clamped.columns * clamped.rows)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at `point`; `nil` outside the screen.
    public subscript(point: Point) -> Cell? {
        guard contains(point) else { return nil }
        return cells[index(point)]
    }

    /// The cell at `row`, `column` (must be inside the screen).
    public subscript(row row: Int, column column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// One row of cells (must be inside the screen).
    public func row(_ row: Int) -> ArraySlice<Cell> {
        cells[row * size.columns ..< (row + 1) * size.columns]
    }

    func contains(_ point: Point) -> Bool {
        point.x >= 0 && point.y >= 0 && point.x < size.columns && point.y < size.rows
    }

    func index(_ point: Point) -> Int {
        point.y * size.columns + point.x
    }

    /// Fills every cell of `rect` (clipped to the screen) with a space in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: " ", style: style)
    }

    /// Fills every cell of `rect` (clipped to the screen) with a narrow grapheme; wide or unprintable ones
    /// become spaces.
    public mutating func fill(_ rect: Rect, with character: Character, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let text = DisplayWidth.character(character) == 1 && !DisplayWidth.isUnprintable(character)
            ? String(character) : " "
        for y in area.y..<area.maxY {
            repairWideNeighbours(row: y, from: area.x, to: area.maxX)
            for x in area.x..<area.maxX {
                cells[y * size.columns + x] = Cell(text: text, style: style)
            }
        }
    }

    /// Clears the whole screen to spaces in `style`.
    public mutating func clear(style: Style = .text) {
        fill(bounds, style: style)
    }

    /// Before overwriting columns `from..<to` of a row: a wide grapheme cut in half by the edges of that span
    /// loses its other half, which becomes a space in the same style.
    mutating func repairWideNeighbours(row y: Int, from start: Int, to end: Int) {
        let base = y * size.columns
        if start > 0, start < size.columns, cells[base + start].isContinuation {
            cells[base + start - 1].text = " "
        }
        if end < size.columns, end > 0, cells[base + end].isContinuation {
            cells[base + end].text = " "
        }
    }
}
