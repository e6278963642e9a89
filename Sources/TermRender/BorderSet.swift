/// The glyphs for frames and truncation: Unicode box drawing, or plain ASCII for terminals without UTF-8.
public struct BorderSet: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    /// The truncation marker that belongs with these glyphs ("…" or "~").
    public var ellipsis: String

    public init(
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        horizontal: Character, vertical: Character, ellipsis: String
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
        self.ellipsis = ellipsis
    }

    /// Light box drawing: ┌─┐│└┘ and "…".
    public static let light = BorderSet(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│", ellipsis: "…")

    /// ASCII fallback: +-| and "~".
    public static let ascii = BorderSet(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|", ellipsis: "~")

    /// The set to use on a terminal that can (`unicode == true`) or cannot show UTF-8.
    public static func forTerminal(unicode: Bool) -> BorderSet {
        unicode ? .light : .ascii
    }
}
