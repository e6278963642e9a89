import EngineAPI
import Synchronization

/// An in-memory engine that records every call, for driving the view-model without a daemon.
final class FakeEngine: DockerEngine {
    struct State {
        var containers: [ContainerSummary] = []
        var images: [ImageSummary] = []
        var volumes: [Volume] = []
        var calls: [String] = []
        var failures: [String: EngineError] = [:]
        var logChunks: [String: [OutputChunk]] = [:]
        var unreachable = false
    }

    let state = Mutex(State())
    let hostDescription = "fake://engine"
    let apiVersion = APIVersion(1, 41)
    /// Events the test pushes; `events()` replays them to whoever listens.
    let eventStream: AsyncStream<EngineEvent>
    private let eventSink: AsyncStream<EngineEvent>.Continuation

    init(containers: [ContainerSummary] = [], images: [ImageSummary] = [], volumes: [Volume] = []) {
        (eventStream, eventSink) = AsyncStream.makeStream(of: EngineEvent.self)
        state.withLock {
            $0.containers = containers
            $0.images = images
            $0.volumes = volumes
        }
    }

    var calls: [String] { state.withLock { $0.calls } }
    func emit(_ event: EngineEvent) { eventSink.yield(event) }
    func setUnreachable(_ value: Bool) { state.withLock { $0.unreachable = value } }

    private func record(_ call: String) throws {
        try state.withLock { s in
            s.calls.append(call)
            if s.unreachable { throw EngineError.transport(.socketMissing, host: "fake://engine") }
            if let failure = s.failures[call] { throw failure }
        }
    }

    private func update(_ id: String, _ change: (inout ContainerSummary) -> Void) {
        state.withLock { s in
            if let i = s.containers.firstIndex(where: { $0.id == id }) { change(&s.containers[i]) }
        }
    }

    func ping() async throws -> PingResult {
        try record("ping")
        return PingResult(apiVersion: apiVersion, osType: "linux")
    }
    func version() async throws -> SystemVersion {
        try record("version")
        return try DockerAPIClient.decodeJSON(SystemVersion.self, Array(#"{"Version":"99.0","ApiVersion":"1.41"}"#.utf8), endpoint: "fake")
    }
    func info() async throws -> SystemInfo { throw EngineError.invalidArgument("not faked") }
    func diskUsage() async throws -> DiskUsage {
        try record("diskUsage")
        return try DockerAPIClient.decodeJSON(DiskUsage.self, Array("{}".utf8), endpoint: "fake")
    }
    func events(_ filter: EventFilter) -> EngineStream<EngineEvent> {
        let stream = eventStream
        return EngineStream { sink in
            try self.record("events")
            for await event in stream { try await sink.yield(event) }
        }
    }
    func listContainers(_ options: ContainerListOptions) async throws -> [ContainerSummary] {
        let id = options.filters["id"]?.first
        try record(id.map { "refresh \($0)" } ?? "listContainers")
        return state.withLock { s in s.containers.filter { id == nil || $0.id == id } }
    }
    func inspectContainer(_ id: String) async throws -> ContainerDetails {
        try record("inspect \(id)")
        return try DockerAPIClient.decodeJSON(ContainerDetails.self, Array("{\"Id\":\"\(id)\",\"Name\":\"/x\"}".utf8), endpoint: "fake")
    }
    func createContainer(name: String?, _ request: ContainerCreateRequest) async throws -> CreatedObject {
        throw EngineError.invalidArgument("not faked")
    }
    func startContainer(_ id: String) async throws {
        try record("start \(id)")
        update(id) { $0.state = "running"; $0.status = "Up Less than a second" }
    }
    func stopContainer(_ id: String, timeout: Int?) async throws {
        try record("stop \(id)")
        update(id) { $0.state = "exited"; $0.status = "Exited (0) Less than a second ago" }
    }
    func restartContainer(_ id: String, timeout: Int?) async throws { try record("restart \(id)") }
    func killContainer(_ id: String, signal: String?) async throws { try record("kill \(id)") }
    func pauseContainer(_ id: String) async throws { try record("pause \(id)") }
    func unpauseContainer(_ id: String) async throws { try record("unpause \(id)") }
    func renameContainer(_ id: String, to newName: String) async throws { try record("rename \(id)") }
    func removeContainer(_ id: String, force: Bool, volumes: Bool) async throws {
        try record("remove \(id) force=\(force)")
        state.withLock { $0.containers.removeAll { $0.id == id } }
    }
    func pruneContainers(filters: [String: [String]]) async throws -> PruneReport { throw EngineError.invalidArgument("not faked") }
    func top(_ id: String, psArgs: String?) async throws -> ProcessList { throw EngineError.invalidArgument("not faked") }
    func waitContainer(_ id: String) async throws -> Int { 0 }
    func logs(_ id: String, _ options: LogOptions, tty: Bool?) -> EngineStream<OutputChunk> {
        let chunks = state.withLock { $0.logChunks[id] ?? [] }
        return EngineStream { sink in
            try self.record("logs \(id)")
            for chunk in chunks { try await sink.yield(chunk) }
            try await Task.sleep(for: .seconds(3600))
        }
    }
    func stats(_ id: String, oneShot: Bool) async throws -> ContainerStats {
        try record("stats \(id)")
        return try DockerAPIClient.decodeJSON(ContainerStats.self, Array(#"{"memory_stats":{"usage":1048576}}"#.utf8), endpoint: "fake")
    }
    func statsStream(_ id: String) -> EngineStream<ContainerStats> { .just([]) }
    func createExec(_ containerID: String, _ config: ExecConfig) async throws -> String { throw EngineError.invalidArgument("not faked") }
    func withExecSession<R: Sendable>(_ execID: String, tty: Bool, consoleSize: Size2D?, _ body: (HijackedSession) async throws -> R) async throws -> R {
        throw EngineError.invalidArgument("not faked")
    }
    func resizeExec(_ execID: String, _ size: Size2D) async throws {}
    func inspectExec(_ execID: String) async throws -> ExecInspect { throw EngineError.invalidArgument("not faked") }
    func withAttachSession<R: Sendable>(_ containerID: String, tty: Bool, detachKeys: String?, _ body: (HijackedSession) async throws -> R) async throws -> R {
        throw EngineError.invalidArgument("not faked")
    }
    func resizeContainerTTY(_ containerID: String, _ size: Size2D) async throws {}
    func listImages(all: Bool, filters: [String: [String]]) async throws -> [ImageSummary] {
        try record("listImages")
        return state.withLock { $0.images }
    }
    func inspectImage(_ name: String) async throws -> ImageDetails { throw EngineError.invalidArgument("not faked") }
    func imageHistory(_ name: String) async throws -> [ImageHistoryItem] { [] }
    func removeImage(_ name: String, force: Bool, noPrune: Bool) async throws -> [ImageDeleteItem] {
        try record("removeImage \(name)")
        return []
    }
    func pruneImages(_ scope: ImagePruneScope, filters: [String: [String]]) async throws -> PruneReport { throw EngineError.invalidArgument("not faked") }
    func tagImage(_ name: String, repository: String, tag: String?) async throws {}
    func pruneBuildCache(all: Bool) async throws -> PruneReport { throw EngineError.invalidArgument("not faked") }
    func listVolumes(filters: [String: [String]]) async throws -> VolumeList {
        try record("listVolumes")
        return try DockerAPIClient.decodeJSON(VolumeList.self, Array("{\"Volumes\":[]}".utf8), endpoint: "fake")
    }
    func inspectVolume(_ name: String) async throws -> Volume { throw EngineError.invalidArgument("not faked") }
    func createVolume(_ request: VolumeCreateRequest) async throws -> Volume { throw EngineError.invalidArgument("not faked") }
    func removeVolume(_ name: String, force: Bool) async throws { try record("removeVolume \(name)") }
    func pruneVolumes(all: Bool, filters: [String: [String]]) async throws -> PruneReport { throw EngineError.invalidArgument("not faked") }
    func listNetworks(filters: [String: [String]]) async throws -> [NetworkSummary] { [] }
    func inspectNetwork(_ id: String) async throws -> NetworkSummary { throw EngineError.invalidArgument("not faked") }
    func createNetwork(_ request: NetworkCreateRequest) async throws -> CreatedObject { throw EngineError.invalidArgument("not faked") }
    func removeNetwork(_ id: String) async throws {}
    func pruneNetworks(filters: [String: [String]]) async throws -> PruneReport { throw EngineError.invalidArgument("not faked") }
}

/// Fixture containers.
enum Fixtures {
    static func container(_ id: String, _ name: String, state: String = "running", status: String = "Up 2 hours",
                          created: Int64 = 1_700_000_000, project: String? = nil, volume: String? = nil) -> ContainerSummary {
        ContainerSummary(
            id: id, names: ["/" + name], image: "busybox", imageID: "sha256:img", created: created,
            labels: project.map { ["com.docker.compose.project": $0] } ?? [:], state: state, status: status,
            mounts: volume.map { [MountPoint(type: "volume", name: $0, destination: "/data")] } ?? [])
    }
}
