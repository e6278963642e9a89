import EngineAPI
import EngineClient
import Foundation
import TestEngineSupport
import Testing

@Suite(.enabled(if: TestEngine.available, "needs the test engine (scripts/test)"), .timeLimit(.minutes(1)))
struct ImageVolumeNetworkIntegrationTests {
    @Test func imagesListInspectHistoryTagRemove() async throws {
        let engine = try await TestEngine.client()
        let images = try await engine.listImages(all: false, filters: [:])
        let base = try #require(images.first { $0.repoTags?.contains(TestEngine.image) == true })
        #expect(try await engine.inspectImage(TestEngine.image).id == base.id)
        #expect(!(try await engine.imageHistory(TestEngine.image)).isEmpty)

        let repository = "swdash-it/tagged-\(UInt32.random(in: 0...UInt32.max))"
        try await engine.tagImage(TestEngine.image, repository: repository, tag: "v1")
        #expect(try await engine.inspectImage("\(repository):v1").id == base.id)
        let removed = try await engine.removeImage("\(repository):v1", force: false, noPrune: false)
        #expect(removed.contains { $0.untagged == "\(repository):v1" })
        // Only the tag went; the image is still there.
        #expect(try await engine.inspectImage(TestEngine.image).id == base.id)

        await #expect(throws: EngineError.self) { try await engine.inspectImage("swdash-it/never-was:1") }
        let report = try await engine.pruneImages(.dangling, filters: ["label": ["swdash.never=1"]])
        #expect((report.imagesDeleted ?? []).isEmpty)
    }

    @Test func volumesCreateInspectRemovePrune() async throws {
        let engine = try await TestEngine.client()
        let tag = "prune-\(UInt32.random(in: 0...UInt32.max))"
        let labels = ["swdash.test": tag]
        let kept = try await engine.createVolume(VolumeCreateRequest(name: "it-kept-\(tag)", labels: labels))
        let pruned = try await engine.createVolume(VolumeCreateRequest(name: "it-gone-\(tag)", labels: labels))
        #expect(try await engine.inspectVolume(kept.name).labels?["swdash.test"] == tag)
        let listed = try await engine.listVolumes(filters: ["label": ["swdash.test=\(tag)"]])
        #expect(Set(listed.volumes?.map(\.name) ?? []) == [kept.name, pruned.name])

        // A volume in use is not pruned.
        let user = try await engine.createContainer(
            name: TestEngine.uniqueName("voluser"),
            ContainerCreateRequest(image: TestEngine.image, cmd: ["true"], hostConfig: HostConfig(binds: ["\(kept.name):/data"])))
        let report = try await engine.pruneVolumes(all: true, filters: ["label": ["swdash.test=\(tag)"]])
        #expect(report.volumesDeleted == [pruned.name])
        await #expect(throws: EngineError.self) { try await engine.removeVolume(kept.name, force: false) }
        await TestEngine.remove(engine, user.id)
        try await engine.removeVolume(kept.name, force: false)
        await #expect(throws: EngineError.self) { try await engine.inspectVolume(kept.name) }
    }

    @Test func networksListInspectRemovePrune() async throws {
        let engine = try await TestEngine.client()
        let networks = try await engine.listNetworks(filters: [:])
        let none = try #require(networks.first { $0.name == "none" })
        #expect(try await engine.inspectNetwork(none.id).name == "none")

        let tag = "net-\(UInt32.random(in: 0...UInt32.max))"
        let a = try await engine.createNetwork(NetworkCreateRequest(name: "it-a-\(tag)", internal: true, labels: ["swdash.test": tag]))
        let b = try await engine.createNetwork(NetworkCreateRequest(name: "it-b-\(tag)", internal: true, labels: ["swdash.test": tag]))
        try await engine.removeNetwork(a.id)
        let report = try await engine.pruneNetworks(filters: ["label": ["swdash.test=\(tag)"]])
        #expect(report.networksDeleted == ["it-b-\(tag)"])
        await #expect(throws: EngineError.self) { try await engine.inspectNetwork(b.id) }
    }
}
