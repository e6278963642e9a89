/// What a theme gives one role: colours and attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Shorthand used by the built-in themes.
    static func fg(
        _ foreground: Color, bg background: Color = .default, _ attributes: TextAttributes = []
    ) -> RoleStyle {
        RoleStyle(foreground: foreground, background: background, attributes: attributes)
    }

    /// Attributes only, for monochrome output.
    static func attrs(_ attributes: TextAttributes) -> RoleStyle {
        RoleStyle(attributes: attributes)
    }
}
