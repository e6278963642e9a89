/// Cursor, scroll, filter, sort and marks of one list. The cursor follows an object id, so it
/// stays on the same container when the list is re-sorted or updated by events.
public struct ListState: Sendable, Equatable {
    public var cursorID: String?
    /// Where the cursor was, so it stays near that place when its object disappears.
    public var cursorIndex = 0
    /// Index of the first visible row.
    public var top = 0
    public var filter = ""
    public var sort: SortKey
    public var descending: Bool
    public var marks: Set<String> = []
    /// A one-key filter (stopped, dangling, unused…) applied on top of the typed one.
    public var preset: FilterPreset?

    public init(sort: SortKey, descending: Bool = false) {
        self.sort = sort
        self.descending = descending
    }
}
