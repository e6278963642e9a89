/// A horizontal run of cells to write at (`row`, `column`): the unit `Screen.diff(from:)` hands to a backend.
public struct ScreenRun: Equatable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}
