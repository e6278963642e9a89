import EngineAPI
import TermRender
import Testing
@testable import DashCore

@Suite struct ReducerTests {
    static let web = Fixtures.container("c1", "web")
    static let db = Fixtures.container("c2", "db", project: "shop", volume: "dbdata")
    static let old = Fixtures.container("c3", "old", state: "exited", status: "Exited (1) 3 minutes ago")

    /// A connected state at 80x24 with three containers listed.
    func loaded(readOnly: Bool = false, size: Size = Size(columns: 80, rows: 24)) -> AppState {
        var state = AppState(host: "fake", size: size, now: 1000, readOnly: readOnly)
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .connected(version: SystemVersion(), apiVersion: "1.41"))
        _ = Reducer.reduce(&state, .containersListed([Self.web, Self.db, Self.old]))
        return state
    }

    func key(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Reducer.reduce(&state, .key(.char($0))) }
    }

    /// The effect that streams one container's log (stream numbers count from 1 per state).
    func follow(_ id: String, _ name: String, stream: Int, delay: Int) -> Effect {
        .followLogs(LogRequest(stream: stream, sources: [LogSource(id: id, name: name)], tail: 200), delayMilliseconds: delay)
    }

    @Test func startsByConnectingThenListsAndWatches() {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000)
        #expect(Reducer.start(&state) == [.connect])
        let effects = Reducer.reduce(&state, .connected(version: SystemVersion(), apiVersion: "1.41"))
        #expect(effects == [.watchEvents(since: 1000), .listContainers, .listImages, .listVolumes])
        #expect(state.engine.isConnected)
    }

    @Test func listingPutsTheCursorOnTheFirstRowAndStreamsItsLog() {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000)
        let effects = Reducer.reduce(&state, .containersListed([Self.web, Self.db, Self.old]))
        #expect(state[list: .containers].cursorID == "c2")  // db sorts first by name
        #expect(effects == [follow("c2", "db", stream: 1, delay: 0)])
    }

    @Test func movingTheCursorSwitchesTheLogStreamAfterADelay() {
        var state = loaded()
        let effects = key(&state, "j")
        #expect(state[list: .containers].cursorID == "c3")
        #expect(effects == [follow("c3", "old", stream: 2, delay: 150)])
        #expect(state.log?.containerID == "c3")
        #expect(key(&state, "G") == [follow("c1", "web", stream: 3, delay: 150)])
        #expect(key(&state, "G").isEmpty)
    }

    @Test func stopRunsOnTheSelectedContainerAndReportsTheResult() {
        var state = loaded()
        let effects = key(&state, "s")
        let target = CommandTarget(id: "c2", name: "db")
        #expect(effects == [.run(.stop, [target])])
        #expect(state.pending["c2"] == "stopping")
        #expect(state.message?.kind == .busy)
        _ = Reducer.reduce(&state, .commandFinished(.stop, target, error: nil))
        #expect(state.pending["c2"] == nil)
        #expect(state.message == StatusMessage("db stopped", kind: .info, at: 1000))
    }

    @Test func removingARunningContainerAsksAndOffersForce() {
        var state = loaded()
        #expect(key(&state, "d").isEmpty)
        guard case .confirm(let confirmation) = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.question == "Remove container db?")
        #expect(confirmation.warning?.contains("db is running") == true)
        #expect(confirmation.command == .removeContainer(force: true))
        #expect(key(&state, "x").isEmpty)  // other keys do nothing while asking
        #expect(key(&state, "y") == [.run(.removeContainer(force: true), [CommandTarget(id: "c2", name: "db")])])
        #expect(state.overlay == nil)
    }

    @Test func declinedConfirmationDoesNothing() {
        var state = loaded()
        _ = key(&state, "K")
        #expect(key(&state, "n").isEmpty)
        #expect(state.overlay == nil && state.message?.text == "cancelled")
    }

    @Test func readOnlyRefusesEveryMutation() {
        var state = loaded(readOnly: true)
        for command in "usrpKd" {
            #expect(key(&state, String(command)).isEmpty)
            #expect(state.overlay == nil)
            #expect(state.message?.text.contains("read-only") == true)
        }
    }

    @Test func markedRowsActTogetherWithOneConfirmation() {
        var state = loaded()
        _ = key(&state, "  ")  // marks db and old, cursor moves down
        #expect(state[list: .containers].marks == ["c2", "c3"])
        _ = key(&state, "d")
        guard case .confirm(let confirmation) = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.targets.map(\.id) == ["c2", "c3"])
        let effects = key(&state, "y")
        #expect(effects.count == 1)
        #expect(state[list: .containers].marks.isEmpty)
        _ = Reducer.reduce(&state, .commandFinished(.removeContainer(force: true), CommandTarget(id: "c2", name: "db"), error: nil))
        #expect(state.message?.text == "removing 1/2…")
        _ = Reducer.reduce(&state, .commandFinished(.removeContainer(force: true), CommandTarget(id: "c3", name: "old"), error: "could not remove old: boom"))
        #expect(state.message == StatusMessage("removed 1 of 2; 1 failed: could not remove old: boom", kind: .error, at: 1000))
    }

    @Test func eventsRefreshOnlyTheNamedContainer() {
        var state = loaded()
        let die = EngineEvent(type: "container", action: "die", actor: .init(id: "c1"))
        #expect(Reducer.reduce(&state, .eventReceived(die)) == [.refreshContainer(id: "c1")])
        let healthExec = EngineEvent(type: "container", action: "exec_start: sh -c true", actor: .init(id: "c1"))
        #expect(Reducer.reduce(&state, .eventReceived(healthExec)).isEmpty)
        let image = EngineEvent(type: "image", action: "delete", actor: .init(id: "sha256:x"))
        #expect(Reducer.reduce(&state, .eventReceived(image)) == [.listImages])
    }

    @Test func destroyedContainerLeavesAndTheCursorStaysNearby() {
        var state = loaded()
        _ = key(&state, "j")  // cursor on old (c3), index 1
        let effects = Reducer.reduce(&state, .eventReceived(EngineEvent(type: "container", action: "destroy", actor: .init(id: "c3"))))
        #expect(state.containers["c3"] == nil)
        #expect(state[list: .containers].cursorID == "c1")
        #expect(effects == [follow("c1", "web", stream: 3, delay: 150)])
    }

    @Test func engineLossBacksOffAndRecoveryResyncs() {
        var state = loaded()
        #expect(Reducer.reduce(&state, .engineLost(reason: "gone")) == [.reconnect(afterSeconds: 1)])
        #expect(state.engine.connection == .unreachable(reason: "gone", retryAt: 1001))
        #expect(Reducer.reduce(&state, .engineLost(reason: "gone")) == [.reconnect(afterSeconds: 2)])
        #expect(Reducer.reduce(&state, .engineLost(reason: "gone")) == [.reconnect(afterSeconds: 4)])
        #expect(state.containers.count == 3)  // what was shown stays shown
        #expect(Reducer.reduce(&state, .tick(now: 1010)).isEmpty)  // no stats while away
        let effects = Reducer.reduce(&state, .connected(version: SystemVersion(), apiVersion: "1.41"))
        #expect(effects.contains(.listContainers) && effects.contains(.watchEvents(since: 1010)))
        #expect(state.engine.failures == 0)
    }

    @Test func statsOnlyForVisibleRunningContainersAtAModestRate() {
        var state = loaded()
        #expect(Reducer.reduce(&state, .tick(now: 1002)) == [.sampleStats(ids: ["c2", "c1"])])
        #expect(Reducer.reduce(&state, .tick(now: 1003)).isEmpty)
        #expect(Reducer.reduce(&state, .tick(now: 1004)) == [.sampleStats(ids: ["c2", "c1"])])
        _ = key(&state, "2")
        #expect(Reducer.reduce(&state, .tick(now: 1010)).isEmpty)
    }

    @Test func filterNarrowsAsYouTypeAndEscapeClears() {
        var state = loaded()
        _ = key(&state, "/we")
        #expect(state.filterEditing)
        #expect(Rows.containers(state).map(\.name) == ["web"])
        #expect(state[list: .containers].cursorID == "c1")
        _ = Reducer.reduce(&state, .key(.enter))
        #expect(!state.filterEditing && state[list: .containers].filter == "we")
        _ = Reducer.reduce(&state, .key(.escape))
        #expect(state[list: .containers].filter.isEmpty && Rows.containers(state).count == 3)
    }

    @Test func switchingPanesStopsTheLogAndLoadsSizes() {
        var state = loaded()
        let effects = key(&state, "3")
        #expect(state.pane == .volumes)
        #expect(effects == [.stopLogs, .loadDiskUsage])
        #expect(state.log == nil)
        #expect(Reducer.reduce(&state, .key(.backTab)).isEmpty)
        #expect(state.pane == .images)
    }

    @Test func quitAndEscapeOrder() {
        var state = loaded()
        _ = key(&state, "l")
        #expect(state.log?.fullScreen == true)
        #expect(key(&state, "q").isEmpty)  // q leaves the full-screen log first
        #expect(state.log?.fullScreen == false && !state.quitRequested)
        #expect(key(&state, "q") == [.stopLogs, .quit])
        var other = loaded()
        #expect(Reducer.reduce(&other, .key(.ctrl("c"))) == [.stopLogs, .quit])
    }

    @Test func smallTerminalShowsOnePaneAndStreamsOnlyOnRequest() {
        var state = AppState(host: "fake", size: Size(columns: 40, rows: 12), now: 1000)
        #expect(Reducer.reduce(&state, .containersListed([Self.web])).isEmpty)
        #expect(key(&state, "l") == [follow("c1", "web", stream: 1, delay: 0)])
        #expect(Reducer.reduce(&state, .key(.escape)) == [.stopLogs])
    }

    @Test func logLinesAreCappedAndScrollBackHoldsStill() {
        var state = loaded()
        state.settings.logCapacity = 5
        _ = key(&state, "j")
        let lines = (1...8).map { LogLine(stream: .stdout, text: "line \($0)") }
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 2, lines))
        #expect(state.log?.buffer.count == 5)
        #expect(state.log?.buffer[0].text == "line 4")
        _ = Reducer.reduce(&state, .logLinesReceived(stream: 1, lines))  // a replaced stream's: ignored
        #expect(state.log?.buffer[4].text == "line 8")
    }

    @Test func inspectShowsADocument() throws {
        var state = loaded()
        #expect(key(&state, "i") == [.inspect(id: "c2")])
        let details = try DockerAPIClient.decodeJSON(
            ContainerDetails.self,
            Array(#"{"Id":"c2","Name":"/db","Config":{"Env":["A=1"],"Labels":{"x":"y"}},"HostConfig":{"RestartPolicy":{"Name":"always"}}}"#.utf8),
            endpoint: "t")
        _ = Reducer.reduce(&state, .inspected(id: "c2", details))
        let document = try #require(state.inspect?.document)
        #expect(document.contains(.field("Restart policy", "always")))
        #expect(document.contains(.field("A", "1")))
        #expect(key(&state, "q").isEmpty && state.inspect == nil)
    }

    @Test func volumeInUseIsNeverOfferedForRemoval() {
        var state = loaded()
        _ = Reducer.reduce(&state, .volumesListed([Volume(name: "dbdata"), Volume(name: "spare")]))
        _ = key(&state, "3")
        #expect(state[list: .volumes].cursorID == "dbdata")
        _ = key(&state, "d")
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("in use by db") == true)
        _ = key(&state, "j")
        _ = key(&state, "d")
        guard case .confirm(let confirmation) = state.overlay else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.warning == "named volume data is deleted for good")
    }
}
