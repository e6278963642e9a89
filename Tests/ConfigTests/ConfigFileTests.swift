import Testing
@testable import Config

/// Finding and reading the config file on disk.
@Suite struct ConfigFileTests {
    @Test func pathsFollowXDG() {
        #expect(ConfigPaths(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/me"]).configFile
            == "/x/conf/swdash/config.toml")
        #expect(ConfigPaths(environment: ["HOME": "/home/me"]).configFile == "/home/me/.config/swdash/config.toml")
        #expect(ConfigPaths(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/me/"]).themesDirectory
            == "/home/me/.config/swdash/themes", "a relative XDG_CONFIG_HOME is ignored, as the spec says")
        #expect(ConfigPaths(environment: [:]).configFile == nil)
        #expect(ConfigLoader.load(environment: [:]) == ConfigLoad())
    }

    @Test func aMissingFileIsNoWarning() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = ConfigLoader.load(environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(result.warnings == [])
        #expect(result.settings == .defaults)
        #expect(result.path == nil)
    }

    @Test func theFileIsFoundUnderXDGConfigHome() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("[logs]\ntail = 7\nbogus = 1\n", to: "swdash/config.toml")
        let result = ConfigLoader.load(environment: ["XDG_CONFIG_HOME": directory.path, "HOME": "/nonexistent"])
        #expect(result.path == path)
        #expect(result.settings.logTail == 7)
        #expect(result.warnings == [ConfigWarning(file: path, line: 3, key: "logs.bogus", message: "unknown setting, ignored")])
    }

    @Test func anUnreadableFileIsAWarningAndAllDefaults() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A directory where the file should be cannot be read, even by root (which ignores permissions).
        try directory.write("", to: "swdash/config.toml/placeholder")
        let result = ConfigLoader.load(environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(result.settings == .defaults)
        #expect(result.warnings.count == 1)
        let warning = try #require(result.warnings.first)
        #expect(warning.line == nil)
        #expect(warning.description.hasPrefix("config.toml: cannot read "))
        #expect(warning.message.contains("it is a directory"))
        #expect(warning.message.hasSuffix("— using the defaults"))
    }
}
