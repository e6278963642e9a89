import TermRender

/// Reads a theme file: an optional `[palette]` of named colours and a `[roles]` table of
/// `role_name = { fg = …, bg = …, bold = true, … }`. Anything it cannot read (a parse error, an unknown role,
/// a bad colour) becomes a warning and the default theme's value for that part; it never fails.
public struct ThemeDecoder {
    /// The file name warnings carry.
    let file: String
    private(set) var warnings: [ConfigWarning] = []
    private var palette: [String: Color] = [:]

    init(file: String) {
        self.file = file
    }

    /// The theme named `name` from the text of a theme file; `source` defaults to `.file(file)`.
    public static func decode(
        _ bytes: [UInt8], name: String, file: String, source: ThemeLoad.Source? = nil
    ) -> ThemeLoad {
        let source = source ?? .file(file)
        let document: TOMLTable
        do {
            document = try TOMLParser.parse(bytes, file: file)
        } catch {
            let warning = ConfigWarning(
                file: file, line: error.line, key: nil, message: error.message + " — using the default theme")
            let theme = Theme(name: name, styles: Theme.defaultDark.styles)
            return ThemeLoad(theme: theme, warnings: [warning], source: .builtIn)
        }
        var decoder = ThemeDecoder(file: file)
        let styles = decoder.decode(document)
        return ThemeLoad(theme: Theme(name: name, styles: styles), warnings: decoder.warnings, source: source)
    }

    /// The theme named `name` from theme-file text.
    public static func decode(_ text: String, name: String, file: String, source: ThemeLoad.Source? = nil) -> ThemeLoad {
        decode(Array(text.utf8), name: name, file: file, source: source)
    }

    /// The roles the document sets; roles it leaves out stay unset (a `Theme` shows them as the default does).
    mutating func decode(_ document: TOMLTable) -> [Role: RoleStyle] {
        if let value = document["palette"] { readPalette(value) }
        var styles: [Role: RoleStyle] = [:]
        for entry in document.entries {
            switch entry.key {
            case "palette":
                continue
            case "roles":
                guard let roles = entry.value.table else {
                    warn(entry.value, key: "roles", "expected a table ([roles]), got \(entry.value.shortText)")
                    continue
                }
                for role in roles.entries {
                    if let (name, style) = readRole(role) { styles[name] = style }
                }
            default:
                let key = TOMLTable.dottedPath([entry.key])
                warn(entry.value, key: key, "unknown key, ignored (a theme has [palette] and [roles])")
            }
        }
        return styles
    }

    private mutating func readPalette(_ value: TOMLValue) {
        guard let table = value.table else {
            warn(value, key: "palette", "expected a table ([palette]), got \(value.shortText)")
            return
        }
        for entry in table.entries {
            let key = TOMLTable.dottedPath(["palette", entry.key])
            guard let color = Self.color(entry.value, palette: [:]) else {
                warn(entry.value, key: key, "not a colour: \(entry.value.shortText) (\(Self.colourHelp)) — ignored")
                continue
            }
            palette[entry.key] = color
        }
    }

    private mutating func readRole(_ entry: TOMLTable.Entry) -> (Role, RoleStyle)? {
        let path = ["roles", entry.key]
        guard let role = Role(rawValue: entry.key) else {
            warn(entry.value, key: TOMLTable.dottedPath(path), "unknown role, ignored (docs/CONFIG.md lists the roles)")
            return nil
        }
        let fallback = Theme.defaultDark[role]
        guard let table = entry.value.table else {
            warn(
                entry.value, key: TOMLTable.dottedPath(path),
                "expected a table like { fg = \"red\", bold = true }, got \(entry.value.shortText) — "
                    + "using the default look")
            return nil
        }
        var style = RoleStyle()
        for field in table.entries {
            let key = TOMLTable.dottedPath(path + [field.key])
            switch field.key {
            case "fg", "bg":
                let isForeground = field.key == "fg"
                if let color = Self.color(field.value, palette: palette) {
                    if isForeground { style.foreground = color } else { style.background = color }
                } else {
                    let kept = isForeground ? fallback.foreground : fallback.background
                    let shown = field.value.shortText
                    warn(field.value, key: key, "not a colour: \(shown) (\(Self.colourHelp)) — using \(kept)")
                    if isForeground { style.foreground = kept } else { style.background = kept }
                }
            default:
                guard let attribute = TextAttributes.named.first(where: { $0.name == field.key })?.attribute else {
                    let names = (["fg", "bg"] + TextAttributes.named.map(\.name)).joined(separator: ", ")
                    warn(field.value, key: key, "unknown field, ignored (a role takes \(names))")
                    continue
                }
                let isSet: Bool
                if let flag = field.value.boolean {
                    isSet = flag
                } else {
                    isSet = fallback.attributes.contains(attribute)
                    warn(field.value, key: key, "expected true or false, got \(field.value.shortText) — using \(isSet)")
                }
                if isSet { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
            }
        }
        return (role, style)
    }

    /// A colour from a string (palette name first, then `Color(parsing:)`) or a 0–255 integer.
    static func color(_ value: TOMLValue, palette: [String: Color]) -> Color? {
        if let index = value.integer { return (0...255).contains(index) ? .indexed(UInt8(index)) : nil }
        guard let text = value.string else { return nil }
        return palette[text] ?? Color(parsing: text)
    }

    static let colourHelp = "use a name like \"red\" or \"bright_blue\", 0-255, \"#rrggbb\" or a [palette] name"

    private mutating func warn(_ value: TOMLValue, key: String, _ message: String) {
        warnings.append(ConfigWarning(file: file, line: value.line, key: key, message: message))
    }
}
