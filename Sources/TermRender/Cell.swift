/// One terminal cell: a single printable grapheme and its style. The right half of a wide grapheme holds "".
/// `Screen` keeps the invariant that `text` never contains a control character.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String, style: Style = .text) {
        self.text = text
        self.style = style
    }

    /// A space in plain text style.
    public static let blank = Cell(text: " ", style: .text)

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }

    /// Cells this cell's grapheme spans: 2 for a wide grapheme, 0 for a continuation, else 1.
    public var width: Int {
        guard let character = text.first else { return 0 }
        return DisplayWidth.character(character)
    }
}
