import TermRender
import Testing
@testable import Config

/// `--theme NAME|PATH`: paths, user themes, bundled themes, and what happens when none is found.
@Suite struct ThemeLoaderTests {
    @Test func aBundledNameLoadsWithoutTheRepository() {
        let load = ThemeLoader(environment: [:]).load("light")
        #expect(load.source == .bundled("light"))
        #expect(load.warnings == [])
        #expect(load.theme.name == "light")
    }

    @Test func anEmptyNameIsTheDefault() {
        #expect(ThemeLoader(environment: [:]).load("  ").source == .bundled("default"))
    }

    @Test func aUserThemeComesBeforeABundledOneOfTheSameName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("[roles]\ntext = { fg = \"red\" }\n", to: "swdash/themes/light.toml")
        try directory.write("[roles]\n", to: "swdash/themes/solar.toml")
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": directory.path])
        let load = loader.load("light")
        #expect(load.source == .file(path))
        #expect(load.theme[.text] == RoleStyle(foreground: .ansi(.red)))
        #expect(loader.load("monochrome").source == .bundled("monochrome"))
        #expect(loader.availableNames() == ["light", "solar", "default", "high-contrast", "monochrome"])
    }

    @Test func aPathIsReadAsAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("[roles]\nborder = { fg = 196 }\n", to: "elsewhere/my theme.toml")
        let load = ThemeLoader(environment: [:]).load(path)
        #expect(load.source == .file(path))
        #expect(load.theme.name == "my theme")
        #expect(load.theme[.border] == RoleStyle(foreground: .indexed(196)))
        let home = ThemeLoader(environment: ["HOME": directory.path]).load("~/elsewhere/my theme.toml")
        #expect(home.source == .file(path))
    }

    @Test func nothingFoundIsAWarningAndTheDefault() throws {
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": "/nonexistent"])
        let missingName = loader.load("solarized")
        #expect(missingName.source == .builtIn)
        #expect(missingName.theme.styles == Theme.defaultDark.styles)
        #expect(missingName.warnings.map(\.message) == [
            "no theme named \"solarized\" (bundled: default, high-contrast, light, monochrome; or put solarized.toml in "
                + "/nonexistent/swdash/themes) — using the default theme"
        ])
        let missingFile = loader.load("/nonexistent/x.toml")
        #expect(missingFile.source == .builtIn)
        #expect(missingFile.warnings.map(\.description) == [
            "x.toml: no theme file at /nonexistent/x.toml — using the default theme"
        ])
    }

    @Test func anUnreadableOrBrokenUserThemeWarnsAndFallsBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("x", to: "swdash/themes/dir.toml/inside")
        try directory.write(Array("[roles]\ntext = { fg = \"".utf8) + [0xC3], to: "swdash/themes/cut.toml")
        let loader = ThemeLoader(environment: ["XDG_CONFIG_HOME": directory.path])
        let unreadable = loader.load("dir")
        #expect(unreadable.source == .builtIn)
        #expect(unreadable.warnings.first?.message.contains("it is a directory") == true)
        let cut = loader.load("cut")
        #expect(cut.source == .builtIn)
        #expect(cut.warnings.map(\.description) == [
            "cut.toml:2: not valid UTF-8 text (a bad byte on this line) — using the default theme"
        ])
        #expect(cut.theme.styles == Theme.defaultDark.styles)
    }
}
