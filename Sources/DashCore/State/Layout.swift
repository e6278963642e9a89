import TermRender

/// Where things go on screen, shared by the reducer (paging, which rows are visible) and the panes.
public struct Layout: Sendable, Equatable {
    public static let minimum = Size(columns: 40, rows: 10)

    public var size: Size
    /// Lists with a detail area (the log of the selected container) below them.
    public var split: Bool
    public var tooSmall: Bool
    public var fullScreen: Bool

    public init(size: Size, logFullScreen: Bool) {
        self.size = size
        tooSmall = size.columns < Self.minimum.columns || size.rows < Self.minimum.rows
        split = !tooSmall && size.columns >= 80 && size.rows >= 24
        fullScreen = logFullScreen
    }

    /// Header, tabs, footer, message line.
    var chromeRows: Int { 4 }
    var bodyRows: Int { max(0, size.rows - chromeRows) }

    /// Height of the list box (frame included), starting below the tabs.
    public var listBoxRows: Int {
        split ? max(6, bodyRows * 55 / 100) : bodyRows
    }

    /// Height of the detail box below the list, 0 when not split.
    public var detailBoxRows: Int { split ? bodyRows - listBoxRows : 0 }

    /// Data rows a list shows: the box minus its frame and the column header.
    public var listRows: Int { max(1, listBoxRows - 3) }

    /// Lines of text in the full-screen log or inspect view (frame excluded).
    public var fullScreenRows: Int { max(1, bodyRows - 2) }

    /// Lines of log text in the detail box.
    public var detailRows: Int { max(0, detailBoxRows - 2) }
}
