/// How a cell should look, in semantic terms: a role plus extra attributes the pane wants on top of the theme's.
///
/// Panes ask for roles. The one exception is text that brings its own colour, such as SGR colours in a container's
/// log line: `foreground` carries that colour and overrides the role's foreground (the backend maps it to the nearest
/// colour the terminal has; without colour it is ignored).
public struct Style: Hashable, Sendable {
    public var role: Role
    public var attributes: TextAttributes
    /// A colour the text itself asks for, overriding the role's foreground; nil for the role's own.
    public var foreground: Color?

    public init(_ role: Role = .text, _ attributes: TextAttributes = [], foreground: Color? = nil) {
        self.role = role
        self.attributes = attributes
        self.foreground = foreground
    }

    /// Plain text.
    public static let text = Style(.text)

    /// This style with more attributes added.
    public func adding(_ more: TextAttributes) -> Style {
        Style(role, attributes.union(more), foreground: foreground)
    }
}
