import DashCore
import TermRender
import Testing
@testable import Config

/// `[keys]` overrides: replacing keys per command and scope, conflicts and bad entries as warnings.
@Suite struct KeymapBuilderTests {
    private func load(_ text: String) -> ConfigLoad {
        ConfigLoader.decode(text, file: "config.toml")
    }

    private func keys(_ keymap: Keymap, _ command: Command, _ scope: Binding.Scope) -> [KeyEvent]? {
        keymap.bindings.first { $0.command == command && $0.scope == scope }?.keys
    }

    @Test func aPlainEntryReplacesTheKeysWhereverTheCommandIsBound() {
        let result = load("""
            [keys]
            stop = "x"
            remove = ["d", "Del"]
            """)
        #expect(result.warnings == [])
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .char("x"), in: .list(.containers)) == .stop)
        #expect(keymap.command(for: .char("s"), in: .list(.containers)) == nil)
        for pane in PaneKind.allCases {
            #expect(keys(keymap, .remove, .pane(pane)) == [.char("d"), .delete])
            #expect(keymap.command(for: .delete, in: .list(pane)) == .remove)
        }
        #expect(keymap.bindings.count == Keymap.defaultBindings.count)
    }

    @Test func aScopedTableChangesOnlyThatScopeAndWinsOverAPlainEntry() {
        let result = load("""
            [keys.images]
            remove = "x"
            [keys]
            remove = "Del"
            """)
        #expect(result.warnings == [])
        let keymap = result.settings.keymap
        #expect(keys(keymap, .remove, .pane(.images)) == [.char("x")])
        #expect(keys(keymap, .remove, .pane(.containers)) == [.delete])
        #expect(keys(keymap, .remove, .pane(.volumes)) == [.delete])
    }

    @Test func commandsAreAcceptedInSnakeCase() {
        let result = load("""
            [keys]
            next_pane = "9"
            pause-toggle = "Z"
            """)
        #expect(result.warnings == [])
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .char("9"), in: .list(.images)) == .nextPane)
        #expect(keymap.command(for: .char("Z"), in: .list(.containers)) == .pauseToggle)
    }

    @Test func aCommandWithoutADefaultKeyGoesWhereItBelongs() throws {
        let base = Keymap.defaultBindings.filter { $0.command != .exec && $0.command != .filter }
        var builder = KeymapBuilder(file: "config.toml")
        let table = try TOMLParser.parse("exec = \"e\"\nfilter = \"%\"\n", file: "config.toml")
        let keymap = builder.build(from: table, base: base)
        #expect(builder.warnings == [])
        #expect(keymap.command(for: .char("e"), in: .list(.containers)) == .exec)
        #expect(keymap.command(for: .char("e"), in: .list(.images)) == nil)
        #expect(keymap.command(for: .char("%"), in: .list(.volumes)) == .filter)
        #expect(keymap.command(for: .char("%"), in: .logView) == nil)
        let exec = try #require(keymap.bindings.first { $0.command == .exec })
        #expect(exec.label == "exec" && exec.hint, "no default to copy: the command name, shown as a hint")
    }

    @Test func anEmptyListUnbindsTheCommand() {
        let result = load("[keys]\nkill = []\n")
        #expect(result.warnings == [])
        #expect(result.settings.keymap.command(for: .char("K"), in: .list(.containers)) == nil)
        #expect(result.settings.keymap.effectiveBindings(in: .list(.containers)).allSatisfy { $0.command != .kill })
    }

    @Test func aRemappedKeyTakenFromADefaultCommandWarnsNamingBoth() {
        let result = load("""
            [keys]
            stop = "r"
            """)
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .char("r"), in: .list(.containers)) == .stop)
        #expect(keys(keymap, .restart, .pane(.containers)) == [])
        #expect(result.warnings.map(\.description) == [
            "config.toml:2: keys.stop: conflict: \"r\" was bound to restart in the containers pane; it now does stop "
                + "there and restart has no key left there"
        ])
    }

    @Test func twoOverridesOnOneKeyWarnAndTheLaterWins() {
        let result = load("""
            [keys.containers]
            stop = ["x", "s"]
            start = "x"
            """)
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .char("x"), in: .list(.containers)) == .start)
        #expect(keys(keymap, .stop, .pane(.containers)) == [.char("s")])
        #expect(result.warnings.map(\.description) == [
            "config.toml:3: keys.containers.start: conflict: \"x\" was bound to stop in the containers pane; "
                + "it now does start there"
        ])
    }

    @Test func aNewKeyHiddenByAMoreSpecificBindingWarns() {
        let result = load("[keys]\nquit = [\"q\", \"s\"]\n")
        #expect(result.settings.keymap.command(for: .char("s"), in: .list(.images)) == .quit)
        #expect(result.warnings.map(\.description) == [
            "config.toml:2: keys.quit: \"s\" does stop in the containers pane (bound in containers), so it will not do "
                + "quit there",
            "config.toml:2: keys.quit: \"s\" does cycleSince in the full-screen log (bound in log_view), so it will not do "
                + "quit there",
        ])
    }

    @Test func aNewKeyThatHidesALessSpecificOneWarns() {
        let result = load("[keys.containers]\nlogs = [\"l\", \"q\"]\n")
        #expect(result.settings.keymap.command(for: .char("q"), in: .list(.containers)) == .logs)
        #expect(result.settings.keymap.command(for: .char("q"), in: .list(.images)) == .quit)
        #expect(result.warnings.map(\.description) == [
            "config.toml:2: keys.containers.logs: \"q\" now does logs in the containers pane instead of quit "
                + "(bound in global)"
        ])
    }

    @Test func unknownCommandsScopesAndKeysWarnAndChangeNothing() {
        let result = load("""
            [keys]
            stopp = "x"
            stop = "Dle"
            kill = 5
            restart = ["x", "ctrl-", "F99"]
            inspect = "resize"
            [keys.sidebar]
            quit = "Q"
            [keys.logs]
            back = "h"
            """)
        #expect(result.warnings.map(\.description) == [
            "config.toml:2: keys.stopp: unknown command \"stopp\" (docs/CONFIG.md lists them)",
            "config.toml:3: keys.stop: unknown key name \"Dle\" — skipped",
            "config.toml:3: keys.stop: no usable key left — stop keeps its default keys",
            "config.toml:4: keys.kill: expected a key name or a list of key names, got 5",
            "config.toml:5: keys.restart: \"ctrl-\" is not a Ctrl key (write ctrl- and one letter, digit or symbol, "
                + "or ctrl-space) — skipped",
            "config.toml:5: keys.restart: \"F99\": function keys go from F1 to F63 — skipped",
            "config.toml:6: keys.inspect: \"resize\" is not a key",
            "config.toml:6: keys.inspect: no usable key left — inspect keeps its default keys",
            "config.toml:7: keys.sidebar: unknown scope; [keys.SCOPE] takes one of global, lists, containers, images, "
                + "volumes, log_view, inspect_view",
            "config.toml:9: keys.logs: expected a key name or a list of key names, got a table",
        ])
        let keymap = result.settings.keymap
        #expect(keys(keymap, .stop, .pane(.containers)) == [.char("s")])
        #expect(keys(keymap, .restart, .pane(.containers)) == [.char("x")], "the good key of the list is used")
        #expect(keys(keymap, .kill, .pane(.containers)) == [.char("K")])
    }

    @Test func aBadKeyInAMultiLineListNamesItsOwnLine() {
        let result = load("""
            [keys]
            remove = [
              "d",
              "Dle",
            ]
            """)
        #expect(result.warnings.map(\.description) == ["config.toml:4: keys.remove: unknown key name \"Dle\" — skipped"])
        #expect(keys(result.settings.keymap, .remove, .pane(.images)) == [.char("d")])
    }

    @Test func viewScopesUseTheirOwnNames() {
        let result = load("""
            [keys.log_view]
            back = ["Esc", "Backspace"]
            [keys.inspect_view]
            scroll_down = ["j", "Down", "Space"]
            """)
        #expect(result.warnings == [])
        let keymap = result.settings.keymap
        #expect(keymap.command(for: .backspace, in: .logView) == .back)
        #expect(keymap.command(for: .backspace, in: .inspectView) == nil)
        #expect(keymap.command(for: .char(" "), in: .inspectView) == .scrollDown)
    }
}
