/// How a cell should look, in semantic terms: a role plus extra attributes the pane wants on top of the theme's.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: TextAttributes

    public init(_ role: Role = .text, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain text.
    public static let text = Style(.text)

    /// This style with more attributes added.
    public func adding(_ more: TextAttributes) -> Style {
        Style(role, attributes.union(more))
    }
}
