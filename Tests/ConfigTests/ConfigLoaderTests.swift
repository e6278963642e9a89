import DashCore
import Testing
@testable import Config

/// The config file: good values taken, each bad one warned about (file, line, key) and left at its default.
@Suite struct ConfigLoaderTests {
    private func load(_ text: String) -> ConfigLoad {
        ConfigLoader.decode(text, file: "/home/me/.config/swdash/config.toml")
    }

    @Test func everySettingIsRead() {
        let result = load("""
            host = "tcp://10.0.0.5:2375"
            theme = "light"
            read_only = true

            [logs]
            buffer_lines = 5000
            tail = 50
            since = "1h"

            [exec]
            shell = "/bin/zsh"

            [refresh]
            stats_seconds = 0.5
            resync_seconds = 600

            [confirm]
            remove = false
            kill = false
            """)
        #expect(result.warnings == [])
        let settings = result.settings
        #expect(settings.host == "tcp://10.0.0.5:2375")
        #expect(settings.theme == "light")
        #expect(settings.readOnly)
        #expect(settings.logBufferLines == 5000)
        #expect(settings.logTail == 50)
        #expect(settings.logSince == .last(seconds: 3600))
        #expect(settings.execShell == "/bin/zsh")
        #expect(settings.statsSeconds == 0.5)
        #expect(settings.resyncSeconds == 600)
        #expect(!settings.confirmRemove)
        #expect(!settings.confirmKill)
        #expect(settings.keymap == Keymap())
    }

    @Test func anEmptyFileGivesTheDefaults() {
        let result = load("# nothing here\n")
        #expect(result.warnings == [])
        #expect(result.settings == .defaults)
        #expect(ResolvedSettings.defaults.logTail == 200)
        #expect(ResolvedSettings.defaults.logBufferLines == 10_000)
        #expect(ResolvedSettings.defaults.statsSeconds == 2)
        #expect(ResolvedSettings.defaults.resyncSeconds == 300)
        #expect(ResolvedSettings.defaults.logSince == .all)
        #expect(ResolvedSettings.defaults.execShell == nil)
        #expect(ResolvedSettings.defaults.confirmRemove && ResolvedSettings.defaults.confirmKill)
    }

    @Test func eachBadValueWarnsWithItsLineAndKeepsItsDefault() {
        let result = load("""
            theme = 5
            read_only = "yes"
            host = "my server"

            [logs]
            buffer_lines = 10
            tail = "abc"
            since = "forever"

            [exec]
            shell = "bin/bash"

            [refresh]
            stats_seconds = 0
            resync_seconds = "often"

            [confirm]
            remove = 1
            kill = false
            """)
        let warnings = result.warnings.map(\.description)
        #expect(warnings == [
            "config.toml:1: theme: expected a theme name or a path to a .toml file, got 5 — using \"default\"",
            "config.toml:2: read_only: expected true or false, got \"yes\" — using false",
            "config.toml:3: host: expected an address like \"unix:///var/run/docker.sock\" or \"tcp://host:2375\", "
                + "got \"my server\" — using $DOCKER_HOST or the default socket",
            "config.toml:6: logs.buffer_lines: must be from 100 to 1000000, got 10 — using 10000",
            "config.toml:7: logs.tail: expected a whole number, got \"abc\" — using 200",
            "config.toml:8: logs.since: expected \"all\" or a duration like \"30s\", \"5m\", \"1h\", \"7d\" "
                + "(up to a year), got \"forever\" — using \"all\"",
            "config.toml:11: exec.shell: expected \"auto\", a path like \"/bin/bash\" or a name like \"zsh\", "
                + "got \"bin/bash\" — using \"auto\"",
            "config.toml:14: refresh.stats_seconds: must be from 0.5 to 3600 seconds, got 0 — using 2",
            "config.toml:15: refresh.resync_seconds: expected a number of seconds, got \"often\" — using 300",
            "config.toml:18: confirm.remove: expected true or false, got 1 — using true",
        ])
        var expected = ResolvedSettings.defaults
        expected.confirmKill = false
        #expect(result.settings == expected, "only the one good value is taken")
        #expect(result.warnings.allSatisfy { $0.file == "/home/me/.config/swdash/config.toml" })
    }

    @Test func unknownKeysAndSectionsWarn() {
        let result = load("""
            colour = "red"
            tail = 10
            [logs]
            tial = 5
            [extras]
            a = 1
            """)
        #expect(result.warnings.map(\.description) == [
            "config.toml:1: colour: unknown setting, ignored",
            "config.toml:2: tail: unknown setting, ignored (did you mean logs.tail?)",
            "config.toml:4: logs.tial: unknown setting, ignored",
            "config.toml:5: extras: unknown setting, ignored",
        ])
        #expect(result.settings == .defaults)
    }

    @Test func aSectionThatIsNotATableWarns() {
        let result = load("logs = 5\nkeys = \"vim\"\n")
        #expect(result.warnings.map(\.description) == [
            "config.toml:1: logs: expected a table ([logs]), got 5 — using its defaults",
            "config.toml:2: keys: expected a table ([keys]), got \"vim\" — using the default keys",
        ])
    }

    @Test func anUnparsableFileIsOneWarningAndAllDefaults() {
        let result = load("""
            [logs]
            tail = 50
            since = "1h
            """)
        #expect(result.settings == .defaults)
        #expect(result.warnings.map(\.description) == [
            "config.toml:3: unterminated string: a closing \" is missing — the file is ignored, using the defaults"
        ])
    }

    @Test func invalidUTF8IsAWarningNamingTheLine() {
        let bytes = Array("read_only = true\n# caf".utf8) + [0xE9] + Array("\n".utf8)
        let result = ConfigLoader.decode(bytes, file: "config.toml")
        #expect(result.settings == .defaults)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.line == 2)
        #expect(result.warnings.first?.message.contains("UTF-8") == true)
    }

    @Test func durationsAndShellSpellings() {
        #expect(LogSince(parsing: "all") == .all)
        #expect(LogSince(parsing: "ALL") == .all)
        #expect(LogSince(parsing: "90s") == .last(seconds: 90))
        #expect(LogSince(parsing: "5m") == .last(seconds: 300))
        #expect(LogSince(parsing: "24h") == .last(seconds: 86_400))
        #expect(LogSince(parsing: "7d") == .last(seconds: 604_800))
        for bad in ["", "5", "m", "0m", "-5m", "5x", "1h30m", "400d", "5 m"] {
            #expect(LogSince(parsing: bad) == nil, "\(bad)")
        }
        #expect(LogSince.last(seconds: 300).description == "5m")
        #expect(LogSince.last(seconds: 90).description == "90s")
        #expect(LogSince.last(seconds: 300).since(now: 1_000) == 700)
        #expect(LogSince.all.since(now: 1_000) == nil)
        #expect(load("[exec]\nshell = \"auto\"").settings.execShell == nil)
        #expect(load("[exec]\nshell = \"bash\"").settings.execShell == "bash")
    }

    @Test func flagsOverrideTheFileAndTheFileOverridesDefaults() {
        var file = ResolvedSettings.defaults
        file.logTail = 50
        file.theme = "light"
        file.execShell = "/bin/zsh"
        file.readOnly = true
        let merged = file.overridden(by: CommandLineOverrides(theme: "monochrome", logBufferLines: 500, execShell: "auto"))
        #expect(merged.logTail == 50, "not given on the command line: the file's value")
        #expect(merged.theme == "monochrome", "given: the flag's value")
        #expect(merged.logBufferLines == 500)
        #expect(merged.execShell == nil, "--shell auto goes back to detecting")
        #expect(merged.readOnly, "a flag left out keeps the file's true")
        #expect(file.overridden(by: CommandLineOverrides()) == file)
        let app = merged.appSettings(stopTimeout: 3)
        #expect(app.logTail == 50 && app.logCapacity == 500 && app.stopTimeout == 3 && app.execShell == nil)
    }
}
