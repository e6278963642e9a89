import EngineAPI
import TermRender
import Testing
@testable import DashCore

/// The store, runner and reducer together against the fake engine.
@MainActor
@Suite struct StoreTests {
    func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<200 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }

    @Test func listsStopsAndFollowsEvents() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        store.start(clock: false)
        try await waitUntil { store.state.containers.count == 1 }
        #expect(store.state.engine.serverVersion == "99.0")

        store.send(.key(.char("s")))
        try await waitUntil { store.state.message?.text == "web stopped" }
        #expect(engine.calls.contains("stop c1"))

        // An event names the container; only it is refreshed.
        engine.emit(EngineEvent(type: "container", action: "die", actor: .init(id: "c1")))
        try await waitUntil { store.state.containers["c1"]?.state == "exited" }
        #expect(engine.calls.contains("refresh c1"))
        store.shutdown()
    }

    @Test func logsStreamIntoTheDetailArea() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        engine.state.withLock { $0.logChunks["c1"] = [OutputChunk(stream: .stdout, bytes: Array("hello\n".utf8)),
                                                      OutputChunk(stream: .stderr, bytes: Array("oops\n".utf8))] }
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        store.start(clock: false)
        try await waitUntil { store.state.log?.buffer.count == 2 }
        #expect(store.state.log?.buffer[1] == LogLine(stream: .stderr, text: "oops"))
        store.shutdown()
    }

    @Test func unreachableEngineIsSaidAndSurvived() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        engine.setUnreachable(true)
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        store.start(clock: false)
        try await waitUntil {
            if case .unreachable = store.state.engine.connection { return true }
            return false
        }
        engine.setUnreachable(false)
        try await waitUntil { store.state.engine.isConnected && store.state.containers.count == 1 }
        store.shutdown()
    }
}
