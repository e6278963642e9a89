/// Maps every `Role` to colours and attributes. A plain value: theme files are decoded and overlaid onto one.
public struct Theme: Equatable, Sendable {
    /// A short name for status lines and errors ("default-dark", a file name).
    public var name: String
    /// The roles this theme sets; missing ones fall back to `Theme.defaultDark`.
    public var styles: [Role: RoleStyle]

    public init(name: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.styles = styles
    }

    /// The look of `role`, from this theme or else from `Theme.defaultDark`.
    public subscript(role: Role) -> RoleStyle {
        get { styles[role] ?? Theme.defaultDark.styles[role] ?? RoleStyle() }
        set { styles[role] = newValue }
    }

    /// The final look of a cell style: the role's colours, with the style's own attributes added to the role's
    /// and its explicit foreground (text that brings its own colour) in place of the role's.
    public func resolve(_ style: Style) -> RoleStyle {
        var resolved = self[style.role]
        resolved.attributes.formUnion(style.attributes)
        if let foreground = style.foreground { resolved.foreground = foreground }
        return resolved
    }

    /// This theme with every role `other` sets replaced by `other`'s value.
    public func overlaid(with other: [Role: RoleStyle]) -> Theme {
        Theme(name: name, styles: styles.merging(other) { _, new in new })
    }

    /// The roles this theme does not set itself.
    public var missingRoles: [Role] {
        Role.allCases.filter { styles[$0] == nil }
    }
}
