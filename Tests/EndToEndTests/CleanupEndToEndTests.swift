import EngineAPI
import Foundation
import TestEngineSupport
import Testing

/// Cleanup against the real engine: the preview lists exactly what goes, and only that goes.
extension EndToEnd {
@Suite struct CleanupEndToEndTests {
    func dashboard(_ extra: String = "") throws -> Tmux {
        let tmux = try Tmux(command: "\(Binary.swdash) -H \(TestEngine.hostText ?? "") \(extra)", columns: 120, rows: 40)
        try tmux.waitFor("Containers")
        return tmux
    }

    @Test func pruneRemovesExactlyThePreviewAndSkipsWhatChanged() async throws {
        let engine = try await TestEngine.client()
        let run = "it-clean-\(UInt32.random(in: 0...UInt32.max))"
        var exited: [String] = []
        var running: [String] = []
        // Exited containers whose command would keep running if started again.
        for n in 0..<30 {
            let id = try await TestEngine.run(engine, ["sleep", "300"], name: "\(run)-x\(n)")
            try await engine.killContainer(id, signal: "SIGKILL")
            exited.append(id)
        }
        for n in 0..<5 { running.append(try await TestEngine.run(engine, ["sleep", "300"], name: "\(run)-r\(n)")) }
        for id in exited { _ = try await engine.waitContainer(id) }

        let tmux = try dashboard()
        defer { tmux.kill() }
        try tmux.type("/" + run)
        try tmux.send("Enter")
        try tmux.waitFor("\(run)-r4")
        try tmux.type("P")
        let preview = try tmux.waitFor("30 stopped containers")
        #expect(preview.contains("y remove exactly these"), "\(preview)")
        #expect(!preview.contains("\(run)-r0"), "a running container was offered:\n\(preview)")

        // Started again after the preview: it must survive.
        let revived = exited[7]
        try await engine.startContainer(revived)
        try tmux.type("y")
        let done = try tmux.waitFor("removed 29 of 30", timeout: 30)
        #expect(done.contains("skipped"), "\(done)")

        let left = try await engine.listContainers(ContainerListOptions(all: true, filters: ["name": [run]]))
        #expect(Set(left.map(\.id)) == Set(running + [revived]))
        for id in running + [revived] { await TestEngine.remove(engine, id) }
    }

    @Test func unusedVolumesGoAndUsedOnesStay() async throws {
        let engine = try await TestEngine.client()
        let run = "it-vol-\(UInt32.random(in: 0...UInt32.max))"
        for suffix in ["a", "b", "c"] { _ = try await engine.createVolume(VolumeCreateRequest(name: "\(run)-\(suffix)")) }
        let user = try await engine.createContainer(
            name: "\(run)-user",
            ContainerCreateRequest(image: TestEngine.image, cmd: ["sleep", "300"], hostConfig: HostConfig(binds: ["\(run)-c:/data"])))
        try await engine.startContainer(user.id)

        let tmux = try dashboard()
        defer { tmux.kill() }
        try tmux.type("3")
        try tmux.type("/" + run)
        try tmux.send("Enter")
        try tmux.waitFor("\(run)-c")
        try tmux.type("P")
        let preview = try tmux.waitFor("2 unused volumes")
        #expect(preview.contains("deleted for good"), "named volumes carry a warning:\n\(preview)")
        try tmux.type("y")
        try tmux.waitFor("removed 2 of 2", timeout: 20)
        let left = try await engine.listVolumes(filters: ["name": [run]]).volumes?.map(\.name) ?? []
        #expect(left == ["\(run)-c"])
        await TestEngine.remove(engine, user.id)
        try await engine.removeVolume("\(run)-c", force: false)
    }

    @Test func readOnlyRefusesEveryMutation() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("ro")
        let id = try await TestEngine.run(engine, ["sleep", "300"], name: name)
        let tmux = try dashboard("--read-only")
        defer { tmux.kill() }
        #expect(try tmux.waitFor("READ-ONLY").contains("READ-ONLY"))
        try tmux.type("/" + name)
        try tmux.send("Enter")
        try tmux.waitFor(name)
        for key in ["s", "d", "K", "r", "p", "P", "e"] {
            try tmux.type(key)
            let screen = try tmux.waitFor("read-only mode")
            #expect(!screen.contains("Confirm") && !screen.contains("Clean up"), "\(key) opened a dialog:\n\(screen)")
            try tmux.send("Escape")
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await engine.inspectContainer(id).state?.running == true)
        #expect(try await engine.inspectContainer(id).state?.paused == false)
        await TestEngine.remove(engine, id)
    }
}
}
