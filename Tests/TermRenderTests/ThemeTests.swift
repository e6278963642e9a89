import Testing
import TermRender

@Suite("Themes and colours")
struct ThemeTests {
    @Test("The built-in themes cover every role")
    func coverage() {
        #expect(Theme.defaultDark.missingRoles.isEmpty)
        #expect(Theme.monochrome.missingRoles.isEmpty)
    }

    @Test("Monochrome uses attributes only")
    func monochrome() {
        for role in Role.allCases {
            #expect(Theme.monochrome[role].foreground == .default)
            #expect(Theme.monochrome[role].background == .default)
        }
        #expect(Theme.monochrome[.rowSelected].attributes.contains(.reverse))
    }

    @Test("A partial theme falls back to the default, and styles add attributes")
    func fallback() {
        let theme = Theme(name: "partial", styles: [.text: RoleStyle(foreground: .ansi(.green))])
        #expect(theme[.text].foreground == .ansi(.green))
        #expect(theme[.rowSelected] == Theme.defaultDark[.rowSelected])
        #expect(theme.resolve(Style(.text, [.bold])).attributes == [.bold])
        #expect(theme.missingRoles.count == Role.allCases.count - 1)
    }

    @Test("Colour names parse and print back")
    func colourParsing() {
        let samples: [Color] = [.default, .ansi(.red), .ansi(.brightCyan), .indexed(208), .rgb(0x28, 0x2A, 0x36)]
        for color in samples {
            #expect(Color(parsing: color.description) == color)
        }
        #expect(Color(parsing: "Bright-Red") == .ansi(.brightRed))
        #expect(Color(parsing: "#FF0000") == .rgb(255, 0, 0))
        #expect(Color(parsing: "purple") == nil)
        #expect(Color(parsing: "#12345") == nil)
    }

    @Test("Colours fall back from RGB to 256 to 16 to 8")
    func fallbackPalette() {
        #expect(Color.default.paletteIndex(colorCount: 256) == -1)
        #expect(Color.rgb(255, 0, 0).paletteIndex(colorCount: 256) == 196)
        #expect(Color.rgb(128, 128, 128).paletteIndex(colorCount: 256) == 244)
        #expect(Color.rgb(250, 10, 10).paletteIndex(colorCount: 16) == 9)
        #expect(Color.rgb(250, 10, 10).paletteIndex(colorCount: 8) == 1)
        #expect(Color.indexed(21).paletteIndex(colorCount: 256) == 21)
        #expect(Color.indexed(21).paletteIndex(colorCount: 16) == 4)
        #expect(Color.indexed(250).paletteIndex(colorCount: 16) == 7)
        #expect(Color.ansi(.brightGreen).paletteIndex(colorCount: 16) == 10)
        #expect(Color.ansi(.brightGreen).paletteIndex(colorCount: 8) == 2)
        #expect(Color.ansi(.brightBlack).paletteIndex(colorCount: 8) == 7)
        #expect(Color.ansi(.brightBlue).paletteIndex(colorCount: 8) == 4)
    }
}
