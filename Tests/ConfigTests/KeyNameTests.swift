import DashCore
import TermRender
import Testing
@testable import Config

/// Key names as a config file writes them.
@Suite struct KeyNameTests {
    @Test(arguments: [
        ("ctrl-x", KeyEvent.ctrl("x")), ("Ctrl-X", .ctrl("x")), ("^x", .ctrl("x")), ("ctrl-space", .ctrl(" ")),
        ("Del", .delete), ("delete", .delete), ("F5", .function(5)), ("f12", .function(12)), ("Space", .char(" ")),
        ("shift-tab", .backTab), ("Shift-Tab", .backTab), ("Tab", .tab), ("Enter", .enter), ("Esc", .escape),
        ("PgDn", .pageDown), ("PageUp", .pageUp), ("Home", .home), ("End", .end), ("Up", .up), ("↓", .down),
        ("Backspace", .backspace), ("Ins", .insert), ("d", .char("d")), ("D", .char("D")), ("/", .char("/")),
    ])
    func namesParse(name: String, key: KeyEvent) throws {
        #expect(try KeyEvent(parsing: name) == key)
    }

    @Test func namesWorkInTheConfig() {
        let result = ConfigLoader.decode(
            "[keys]\nrefresh = [\"ctrl-x\", \"F5\"]\nremove = \"Del\"\nmark = \"Space\"\nprevious_pane = \"shift-tab\"\n",
            file: "config.toml")
        #expect(result.warnings == [])
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .ctrl("x"), in: .list(.volumes)) == .refresh)
        #expect(keymap.command(for: .function(5), in: .logView) == .refresh)
        #expect(keymap.command(for: .delete, in: .list(.images)) == .remove)
        #expect(keymap.command(for: .char(" "), in: .list(.containers)) == .mark)
        #expect(keymap.command(for: .backTab, in: .list(.containers)) == .previousPane)
    }

    @Test func everyDefaultKeyReadsBackAsTheDocsWriteIt() throws {
        for binding in Keymap.defaultBindings {
            for key in binding.keys {
                #expect(try KeyEvent(parsing: key.label(unicode: false)) == key, "\(key)")
            }
        }
    }

    @Test func everyCommandHasAConfigName() {
        for command in Command.allCases {
            #expect(Command(configName: command.rawValue) == command)
            #expect(Command(configName: command.snakeCaseName) == command)
        }
        #expect(Command(configName: "sort_next") == .sortNext)
        #expect(Command(configName: "nonsense") == nil)
    }
}
