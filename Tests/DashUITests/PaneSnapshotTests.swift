import DashCore
import DashUI
import TermRender
import Testing

/// Every list pane at the two sizes that matter: 80x24 (split, with the detail box) and 40x12 (one pane).
@Suite("Pane snapshots")
struct PaneSnapshotTests {
    static let wide = Size(columns: 80, rows: 24)
    static let narrow = Size(columns: 40, rows: 12)

    @Test("Containers at 80x24: every column, the log of the selected container below")
    func containersWide() {
        assertSnapshot(DashboardView.render(DashboardFixture.state(Self.wide), unicode: true), named: "containers_80x24")
    }

    @Test("Containers at 40x12: name and state only")
    func containersNarrow() {
        assertSnapshot(DashboardView.render(DashboardFixture.state(Self.narrow), unicode: true),
                       named: "containers_40x12")
    }

    @Test("Images at 80x24, dangling image marked, detail of the selected image")
    func imagesWide() {
        assertSnapshot(DashboardView.render(DashboardFixture.state(Self.wide, pane: .images), unicode: true),
                       named: "images_80x24")
    }

    @Test("Images at 40x12")
    func imagesNarrow() {
        assertSnapshot(DashboardView.render(DashboardFixture.state(Self.narrow, pane: .images), unicode: true),
                       named: "images_40x12")
    }

    @Test("Volumes at 80x24: named and anonymous, in use and not")
    func volumesWide() {
        assertSnapshot(DashboardView.render(DashboardFixture.state(Self.wide, pane: .volumes), unicode: true),
                       named: "volumes_80x24")
    }

    @Test("Volumes at 40x12, sizes still loading")
    func volumesNarrow() {
        var state = DashboardFixture.state(Self.narrow, pane: .volumes)
        state.volumeSizes = [:]
        state.diskUsage = .loading
        assertSnapshot(DashboardView.render(state, unicode: true), named: "volumes_40x12")
    }

    @Test("Containers grouped by compose project")
    func containersGrouped() {
        var state = DashboardFixture.state(Self.wide)
        state.groupByProject = true
        assertSnapshot(DashboardView.render(state, unicode: true), named: "containers_grouped_80x24")
    }

    @Test("A filter being typed that matches nothing, with an error on the message line")
    func filterNoMatch() {
        var state = DashboardFixture.state(Self.wide)
        state.filterEditing = true
        state[list: .containers].filter = "zzz"
        state.log = nil
        state.message = StatusMessage("could not stop proxy: container already stopped", kind: .error,
                                      at: DashboardFixture.now)
        assertSnapshot(DashboardView.render(state, unicode: true), named: "containers_filter_no_match_80x24")
    }

    @Test("Before the first listing: loading, connecting")
    func loading() {
        var state = AppState(host: "tcp://build-01.example.com:2376", size: Self.narrow, now: DashboardFixture.now)
        state.engine.connection = .connecting
        assertSnapshot(DashboardView.render(state, unicode: true), named: "loading_40x12")
    }
}
