/// A cell position: `x` is the column, `y` the row, both counted from 0 at the top left.
public struct Point: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top left cell.
    public static let zero = Point(x: 0, y: 0)

    /// This point moved by the given number of columns and rows.
    public func offset(x dx: Int = 0, y dy: Int = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }
}
