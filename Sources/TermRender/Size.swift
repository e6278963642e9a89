/// A terminal size in character cells.
public struct Size: Equatable, Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// No cells at all.
    public static let zero = Size(columns: 0, rows: 0)

    /// True when there is no cell to draw in.
    public var isEmpty: Bool { columns <= 0 || rows <= 0 }
}
