import EngineAPI
import TermRender
import Testing
@testable import DashCore

@Suite struct PruneReducerTests {
    func loaded(readOnly: Bool = false) -> AppState {
        var state = AppState(host: "fake", size: Size(columns: 100, rows: 30), now: 2_000_000_000, readOnly: readOnly)
        _ = Reducer.reduce(&state, .containersListed([
            Fixtures.container("r1", "web"),
            Fixtures.container("x1", "old-job", state: "exited", status: "Exited (0) 2 days ago", volume: "jobdata"),
            Fixtures.container("x2", "old-web", state: "exited", status: "Exited (1) 1 day ago"),
            Fixtures.container("c1", "never-ran", state: "created", status: "Created"),
        ]))
        _ = Reducer.reduce(&state, .volumesListed([
            Volume(name: "jobdata"), Volume(name: "spare"), Volume(name: String(repeating: "ab", count: 32)),
        ]))
        _ = Reducer.reduce(&state, .imagesListed([
            ImageSummary(id: "sha256:used", repoTags: ["busybox:latest"], size: 2_000_000),
            ImageSummary(id: "sha256:dangling", repoTags: ["<none>:<none>"], size: 5_000_000),
            ImageSummary(id: "sha256:tagged", repoTags: ["app:old"], size: 7_000_000),
        ]))
        return state
    }

    func key(_ state: inout AppState, _ text: String) -> [Effect] {
        text.flatMap { Reducer.reduce(&state, .key(.char($0))) }
    }

    @Test func previewListsExactlyTheStoppedContainersShown() {
        var state = loaded()
        let effects = key(&state, "P")
        #expect(effects == [.loadDiskUsage])
        guard case .prune(let plan) = state.overlay else {
            Issue.record("no preview")
            return
        }
        #expect(Set(plan.items.map(\.id)) == ["x1", "x2", "c1"])
        #expect(plan.phase == .preview)
        // With a filter, only what is shown is offered.
        _ = key(&state, "n")
        _ = key(&state, "/old-w")
        _ = Reducer.reduce(&state, .key(.enter))
        _ = key(&state, "P")
        guard case .prune(let filtered) = state.overlay else {
            Issue.record("no preview")
            return
        }
        #expect(filtered.items.map(\.id) == ["x2"])
    }

    @Test func confirmingRemovesOnlyThePreviewAndReportsEachResult() {
        var state = loaded()
        _ = key(&state, "P")
        let effects = key(&state, "y")
        guard case .prune(let request) = effects.first else {
            Issue.record("no prune effect: \(effects)")
            return
        }
        #expect(Set(request.targets.map(\.id)) == ["x1", "x2", "c1"])
        #expect(key(&state, "q").isEmpty && !state.quitRequested)  // keys wait while it runs
        _ = Reducer.reduce(&state, .pruneItemFinished(id: "x1", .removed(freed: 1000)))
        #expect(state.message?.text == "removing 1/3…")
        _ = Reducer.reduce(&state, .pruneItemFinished(id: "x2", .skipped("running now (changed since the preview)")))
        let done = Reducer.reduce(&state, .pruneItemFinished(id: "c1", .removed(freed: 24)))
        #expect(done.contains(.loadDiskUsage))
        #expect(state.message?.text == "removed 2 of 3 containers, freed 1.0 kB; 1 left alone (see the list)")
        guard case .prune(let plan) = state.overlay else {
            Issue.record("the results should stay on screen")
            return
        }
        #expect(plan.phase == .finished)
        _ = key(&state, "x")
        #expect(state.overlay == nil)
    }

    @Test func volumesInUseAreNeverOfferedAndNamedOnesAreFlagged() {
        var state = loaded()
        _ = key(&state, "3P")
        guard case .prune(let plan) = state.overlay else {
            Issue.record("no preview")
            return
        }
        #expect(plan.items.map(\.name) == [String(repeating: "ab", count: 32), "spare"])
        #expect(plan.items.map(\.isNamedVolume) == [false, true])
    }

    @Test func imagesDanglingOrAllUnused() {
        var state = loaded()
        _ = Reducer.reduce(&state, .containersListed([ContainerSummary(
            id: "r1", names: ["/web"], image: "busybox", imageID: "sha256:used", created: 0, state: "running", status: "Up")]))
        _ = key(&state, "2P")
        guard case .prune(let dangling) = state.overlay else {
            Issue.record("no preview")
            return
        }
        #expect(dangling.items.map(\.id) == ["sha256:dangling"])
        _ = key(&state, "a")
        guard case .prune(let unused) = state.overlay else {
            Issue.record("no preview")
            return
        }
        #expect(Set(unused.items.map(\.id)) == ["sha256:dangling", "sha256:tagged"])
        _ = key(&state, "c")
        let effects = key(&state, "y")
        guard case .prune(let request) = effects.first else {
            Issue.record("no prune effect")
            return
        }
        #expect(request.buildCache)
    }

    @Test func presetsMarkAllAndClear() {
        var state = loaded()
        _ = key(&state, "F")
        #expect(state[list: .containers].preset == .stopped)
        #expect(Set(Rows.containers(state).map(\.id)) == ["x1", "x2", "c1"])
        _ = key(&state, "*")
        #expect(state[list: .containers].marks == ["x1", "x2", "c1"])
        _ = key(&state, "F")
        #expect(state[list: .containers].preset == .running)
        #expect(Rows.containers(state).map(\.id) == ["r1"])
        #expect(state[list: .containers].marks.count == 3)  // marks survive filtering
        _ = key(&state, "U")
        #expect(state[list: .containers].marks.isEmpty)
        _ = key(&state, "F")
        #expect(state[list: .containers].preset == nil)
    }

    @Test func readOnlyRefusesPrune() {
        var state = loaded(readOnly: true)
        #expect(key(&state, "P").isEmpty)
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("read-only") == true)
    }

    @Test func nothingToCleanIsSaid() {
        var state = loaded()
        _ = key(&state, "/web")
        _ = Reducer.reduce(&state, .key(.enter))
        _ = key(&state, "F")  // stopped preset on top of /web: only old-web
        _ = key(&state, "F")  // running: web
        #expect(key(&state, "P").isEmpty)
        #expect(state.message?.text == "nothing to clean up: no stopped containers among the rows shown")
    }
}
