import EngineAPI
import TermRender
import Testing
@testable import DashCore

@Suite struct CommandLineTests {
    func loaded() -> AppState {
        var state = AppState(host: "fake", size: Size(columns: 100, rows: 30), now: 1000)
        _ = Reducer.reduce(&state, .containersListed([
            Fixtures.container("c1", "web-frontend"), Fixtures.container("c2", "web-backend"), Fixtures.container("c3", "db"),
        ]))
        state.themeNames = ["default", "high-contrast", "light", "monochrome"]
        return state
    }

    func type(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Reducer.reduce(&state, .key(.char($0))) }
    }

    func run(_ state: inout AppState, _ line: String) -> [Effect] {
        _ = Reducer.reduce(&state, .key(.char(":")))
        _ = type(&state, line)
        return Reducer.reduce(&state, .key(.enter))
    }

    @Test func panesFilterSortAndQuitByName() {
        var state = loaded()
        #expect(run(&state, "vol") == [.stopLogs])  // not connected in this state, so sizes wait
        #expect(state.pane == .volumes)
        _ = run(&state, "containers")
        _ = run(&state, "filter web")
        #expect(Rows.containers(state).map(\.name) == ["web-backend", "web-frontend"])
        _ = run(&state, "sort created desc")
        #expect(state[list: .containers].sort == .created && state[list: .containers].descending)
        _ = run(&state, "sort size")
        #expect(state.message?.text == "containers cannot be sorted by size")
        #expect(run(&state, "q") == [.stopLogs, .quit])
    }

    @Test func themeIsAnEffectTheAppRuns() {
        var state = loaded()
        #expect(run(&state, "theme light") == [.setTheme("light")])
        _ = Reducer.reduce(&state, .themeApplied(name: "light", problem: nil))
        #expect(state.message?.text == "theme light")
        #expect(run(&state, "theme").isEmpty)
        #expect(state.message?.text == ":theme needs a theme name or path")
    }

    @Test func unknownAndAmbiguousCommandsAreMessages() {
        var state = loaded()
        #expect(run(&state, "frobnicate").isEmpty)
        #expect(state.message?.text.hasPrefix("unknown command frobnicate") == true)
        #expect(CommandLineParser.parse("re") == .success(.refresh))
        #expect(CommandLineParser.parse("i") == .success(.pane(.images)))
        #expect(CommandLineParser.parse("t") == .failure(.missingArgument("theme", "a theme name or path")))
    }

    @Test func tabCompletesCommandsThemesAndContainerNames() {
        var state = loaded()
        _ = Reducer.reduce(&state, .key(.char(":")))
        _ = type(&state, "th")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.prompt?.text == "theme ")
        _ = type(&state, "h")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.prompt?.text == "theme high-contrast ")
        _ = Reducer.reduce(&state, .key(.escape))
        _ = Reducer.reduce(&state, .key(.char(":")))
        _ = type(&state, "filter web")
        _ = Reducer.reduce(&state, .key(.tab))
        #expect(state.prompt?.text == "filter web-")
        #expect(state.message?.text == "web-backend  web-frontend")
    }

    @Test func historyRecallsEarlierLines() {
        var state = loaded()
        _ = run(&state, "images")
        _ = run(&state, "volumes")
        _ = Reducer.reduce(&state, .key(.char(":")))
        _ = Reducer.reduce(&state, .key(.up))
        #expect(state.prompt?.text == "volumes")
        _ = Reducer.reduce(&state, .key(.up))
        #expect(state.prompt?.text == "images")
        _ = Reducer.reduce(&state, .key(.down))
        _ = Reducer.reduce(&state, .key(.down))
        #expect(state.prompt?.text == "")
    }
}
