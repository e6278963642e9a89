import Foundation
import TermRender
import Testing
@testable import Config

/// Theme files: the shipped ones are complete and clean; broken ones warn and fall back, never crash.
@Suite struct ThemeFileTests {
    static let shipped = ["default", "light", "high-contrast", "monochrome"]

    @Test(arguments: shipped)
    func everyShippedThemeDecodesWithoutWarningsAndCoversEveryRole(name: String) throws {
        let path = Repository.root + "/themes/\(name).toml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let load = ThemeDecoder.decode(text, name: name, file: path)
        #expect(load.warnings == [], "\(load.warnings.map(\.description))")
        #expect(load.theme.missingRoles == [], "\(name) leaves out \(load.theme.missingRoles)")
        #expect(load.theme.name == name)
    }

    @Test func theThemesDirectoryHoldsExactlyTheShippedThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root + "/themes")
        #expect(Set(files) == Set(Self.shipped.map { $0 + ".toml" }))
        #expect(Set(BundledThemes.names) == Set(Self.shipped))
    }

    @Test func theDefaultThemeIsTheCompiledInDefault() throws {
        let load = try #require(ThemeLoader.bundled("default"))
        #expect(load.theme.styles == Theme.defaultDark.styles)
    }

    @Test func theMonochromeThemeHasNoColours() throws {
        let load = try #require(ThemeLoader.bundled("monochrome"))
        #expect(load.theme.styles == Theme.monochrome.styles)
        for role in Role.allCases {
            #expect(load.theme[role].foreground == .default && load.theme[role].background == .default, "\(role)")
        }
    }

    @Test(arguments: shipped)
    func noRoleLosesItsTextOnFewerColours(name: String) throws {
        // Where a role sets both colours, they must stay apart on 256, 16 and 8 colours.
        let theme = try #require(ThemeLoader.bundled(name)).theme
        for role in Role.allCases {
            let style = theme[role]
            guard style.foreground != .default, style.background != .default else { continue }
            for colors in [256, 16, 8] {
                let foreground = style.foreground.paletteIndex(colorCount: colors)
                let background = style.background.paletteIndex(colorCount: colors)
                #expect(foreground != background, "\(name).\(role) is one colour on \(colors) colours")
            }
        }
    }

    @Test func aPaletteNameWorksAsAColour() {
        let load = ThemeDecoder.decode("""
            [palette]
            accent = "#ff8800"
            index = 81
            [roles]
            title = { fg = "accent", bg = "index", bold = true }
            border = { fg = 33 }
            """, name: "mine", file: "mine.toml")
        #expect(load.warnings == [])
        let title = RoleStyle(foreground: .rgb(255, 136, 0), background: .indexed(81), attributes: .bold)
        #expect(load.theme.styles[.title] == title)
        #expect(load.theme.styles[.border] == RoleStyle(foreground: .indexed(33)))
        #expect(load.theme[.text] == Theme.defaultDark[.text], "roles left out look as in the default theme")
        #expect(load.source == .file("mine.toml"))
    }

    @Test func badPartsWarnAndUseTheDefaultForJustThosePartsOfTheRole() {
        let load = ThemeDecoder.decode("""
            name = "x"
            [palette]
            broken = "blurple"
            [roles]
            row_selected = { fg = "blak", bg = "yellow", bold = "yes", sparkle = true }
            no_such_role = { fg = "red" }
            title = "red"
            border = { fg = 300 }
            """, name: "bad", file: "/t/bad.toml")
        #expect(load.warnings.map(\.description) == [
            "bad.toml:3: palette.broken: not a colour: \"blurple\" (\(ThemeDecoder.colourHelp)) — ignored",
            "bad.toml:1: name: unknown key, ignored (a theme has [palette] and [roles])",
            "bad.toml:5: roles.row_selected.fg: not a colour: \"blak\" (\(ThemeDecoder.colourHelp)) — using black",
            "bad.toml:5: roles.row_selected.bold: expected true or false, got \"yes\" — using false",
            "bad.toml:5: roles.row_selected.sparkle: unknown field, ignored (a role takes fg, bg, bold, underline, reverse, dim)",
            "bad.toml:6: roles.no_such_role: unknown role, ignored (docs/CONFIG.md lists the roles)",
            "bad.toml:7: roles.title: expected a table like { fg = \"red\", bold = true }, got \"red\" — "
                + "using the default look",
            "bad.toml:8: roles.border.fg: not a colour: 300 (\(ThemeDecoder.colourHelp)) — using bright_black",
        ])
        #expect(load.theme.styles[.rowSelected] == RoleStyle(foreground: .ansi(.black), background: .ansi(.yellow)))
        #expect(load.theme.styles[.title] == nil)
        #expect(load.theme[.title] == Theme.defaultDark[.title])
        #expect(load.theme.styles[.border] == RoleStyle(foreground: .ansi(.brightBlack)))
    }

    @Test(arguments: [
        "[roles\ntext = {}", "roles = 5", "[roles]\ntext = { fg = \"red\"\n", "\u{00}\u{FF}garbage",
    ])
    func aBrokenFileGivesTheDefaultTheme(text: String) {
        let load = ThemeDecoder.decode(Array(text.utf8), name: "broken", file: "broken.toml")
        #expect(!load.warnings.isEmpty)
        #expect(load.theme.missingRoles == [] || load.theme.styles.isEmpty)
        for role in Role.allCases { #expect(load.theme[role] == Theme.defaultDark[role]) }
    }
}
