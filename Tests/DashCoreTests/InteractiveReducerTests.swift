import EngineAPI
import TermRender
import Testing
@testable import DashCore

@Suite struct InteractiveReducerTests {
    func loaded(readOnly: Bool = false) -> AppState {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000, readOnly: readOnly)
        _ = Reducer.reduce(&state, .containersListed([
            Fixtures.container("c1", "app"), Fixtures.container("c2", "done", state: "exited", status: "Exited (0) 1 minute ago"),
        ]))
        return state
    }

    @Test func eOpensTheBestShellOfARunningContainer() {
        var state = loaded()
        let effects = Reducer.reduce(&state, .key(.char("e")))
        #expect(effects == [.interactive(InteractiveRequest(kind: .shell, containerID: "c1", name: "app"))])
        #expect(state.interactiveActive)
        let outcome = InteractiveOutcome(request: InteractiveRequest(kind: .shell, containerID: "c1", name: "app"), exitCode: 3)
        _ = Reducer.reduce(&state, .interactiveFinished(outcome))
        #expect(!state.interactiveActive)
        #expect(state.message?.text == "shell in app exited with status 3")
    }

    @Test func aStoppedContainerGetsAMessage() {
        var state = loaded()
        _ = Reducer.reduce(&state, .key(.char("j")))
        #expect(Reducer.reduce(&state, .key(.char("e"))).isEmpty)
        #expect(state.message?.text == "done is not running: start it first (u)")
        #expect(Reducer.reduce(&state, .key(.char("a"))).isEmpty)
    }

    @Test func bigEPromptsForACommandAndSplitsItWithoutAShell() {
        var state = loaded()
        #expect(Reducer.reduce(&state, .key(.char("E"))).isEmpty)
        #expect(state.prompt?.label == "run in app:")
        for character in "psql -U 'a b' x\\ y;z" { _ = Reducer.reduce(&state, .key(.char(character))) }
        let effects = Reducer.reduce(&state, .key(.enter))
        #expect(effects == [.interactive(InteractiveRequest(kind: .command(["psql", "-U", "a b", "x y;z"]), containerID: "c1", name: "app"))])
        #expect(state.prompt == nil)
    }

    @Test func promptEscapeCancelsAndBadQuotingIsAMessage() {
        var state = loaded()
        _ = Reducer.reduce(&state, .key(.char("E")))
        _ = Reducer.reduce(&state, .key(.char("q")))  // typed, not quit
        #expect(state.prompt?.text == "q" && !state.quitRequested)
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state.prompt == nil)
        _ = Reducer.reduce(&state, .key(.char("E")))
        for character in "echo 'open" { _ = Reducer.reduce(&state, .key(.char(character))) }
        #expect(Reducer.reduce(&state, .key(.enter)).isEmpty)
        #expect(state.message?.text == "cannot run that: unterminated ' quote")
    }

    @Test func readOnlyRefusesShells() {
        var state = loaded(readOnly: true)
        #expect(Reducer.reduce(&state, .key(.char("e"))).isEmpty)
        #expect(state.message?.text.contains("read-only") == true)
    }

    @Test func argumentSplitting() throws {
        #expect(try ArgumentSplitter.split("  ls   -la /tmp ") == ["ls", "-la", "/tmp"])
        #expect(try ArgumentSplitter.split(#"sh -c "echo \"hi\" && exit 2""#) == ["sh", "-c", #"echo "hi" && exit 2"#])
        #expect(try ArgumentSplitter.split("a '' b") == ["a", "", "b"])
        #expect(throws: ArgumentSplitter.Failure.empty) { try ArgumentSplitter.split("   ") }
        #expect(throws: ArgumentSplitter.Failure.unterminatedQuote("\"")) { try ArgumentSplitter.split("say \"hi") }
    }

    @Test func exitStatusesExplainThemselves() {
        let request = InteractiveRequest(kind: .command(["psql"]), containerID: "c1", name: "db")
        #expect(InteractiveOutcome(request: request, exitCode: 0).summary == "psql in db exited with status 0")
        #expect(InteractiveOutcome(request: InteractiveRequest(kind: .attach, containerID: "c1", name: "db"), detached: true).summary
            == "detached from db; it keeps running")
    }
}
