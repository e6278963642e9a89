import EngineAPI
import TermRender
import Testing
@testable import DashCore

/// The cached container order: used while it matches the state, recomputed when anything it depends on changes.
@Suite struct ContainerOrderTests {
    func names(_ state: AppState) -> [String] { Rows.containers(state).map(\.name) }

    func listed(_ containers: [ContainerSummary]) -> AppState {
        var state = AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000)
        _ = Reducer.start(&state)
        _ = Reducer.reduce(&state, .connected(version: SystemVersion(), apiVersion: "1.41"))
        _ = Reducer.reduce(&state, .containersListed(containers))
        return state
    }

    @Test func theReducerLeavesACurrentOrderBehind() {
        let state = listed([Fixtures.container("c1", "web"), Fixtures.container("c2", "db"), Fixtures.container("c3", "api")])
        #expect(state.containerOrder.ids(for: state) == ["c3", "c2", "c1"])
        #expect(names(state) == ["api", "db", "web"])
    }

    @Test func changingContainersOutsideTheReducerNeverShowsAStaleOrder() {
        var state = listed([Fixtures.container("c1", "web"), Fixtures.container("c2", "db")])
        state.containers["c0"] = Fixtures.container("c0", "aaa")
        #expect(state.containerOrder.ids(for: state) == nil)
        #expect(names(state) == ["aaa", "db", "web"])
        #expect(Rows.ids(state, .containers) == ["c0", "c2", "c1"])
    }

    @Test func eventsFilterAndSortReorderTheCursorByItsId() {
        var state = listed([Fixtures.container("c1", "web"), Fixtures.container("c2", "db")])
        _ = Reducer.reduce(&state, .key(.char("j")))
        #expect(state[list: .containers].cursorID == "c1")
        _ = Reducer.reduce(&state, .containerRefreshed(id: "c0", Fixtures.container("c0", "aaa")))
        #expect(state.containerOrder.ids(for: state) == ["c0", "c2", "c1"])
        #expect(state[list: .containers].cursorID == "c1")
        #expect(state[list: .containers].cursorIndex == 2)
        _ = Reducer.reduce(&state, .key(.char("k")))
        #expect(state[list: .containers].cursorID == "c2")
        _ = Reducer.reduce(&state, .key(.char("O")))  // reverse
        #expect(state.containerOrder.ids(for: state) == ["c1", "c2", "c0"])
        #expect(state[list: .containers].cursorIndex == 1)
    }

    @Test func cpuSortFollowsNewSamplesNameSortIgnoresThem() {
        var state = listed([Fixtures.container("c1", "web"), Fixtures.container("c2", "db")])
        let byName = state.containerOrder.key
        state.stats["c1"] = StatsSample(cpuPercent: 5)
        #expect(state.containerOrder.ids(for: state) != nil, "the name sort does not depend on stats")
        #expect(state.containerOrder.key == byName)
        state[list: .containers].sort = .cpu
        state[list: .containers].descending = true
        state.refreshContainerOrder()
        #expect(names(state) == ["web", "db"])
        state.stats["c2"] = StatsSample(cpuPercent: 50)
        #expect(state.containerOrder.ids(for: state) == nil)
        #expect(names(state) == ["db", "web"])
    }
}
