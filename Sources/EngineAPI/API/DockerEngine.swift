/// Everything swdash asks of a Docker engine. The view-model sees the engine only through this
/// protocol, so a fake engine can drive it in tests. Every error thrown is an `EngineError`.
public protocol DockerEngine: Sendable {
    /// The address, for display ("unix:///var/run/docker.sock").
    var hostDescription: String { get }
    /// The API version in use after negotiation.
    var apiVersion: APIVersion { get }

    // MARK: System
    func ping() async throws -> PingResult
    func version() async throws -> SystemVersion
    func info() async throws -> SystemInfo
    func diskUsage() async throws -> DiskUsage
    /// The live events stream; it replays from `since` when given, then follows.
    func events(_ filter: EventFilter) -> EngineStream<EngineEvent>

    // MARK: Containers
    func listContainers(_ options: ContainerListOptions) async throws -> [ContainerSummary]
    func inspectContainer(_ id: String) async throws -> ContainerDetails
    func createContainer(name: String?, _ request: ContainerCreateRequest) async throws -> CreatedObject
    func startContainer(_ id: String) async throws
    /// Stops with SIGTERM, then SIGKILL after `timeout` seconds (engine default when nil).
    func stopContainer(_ id: String, timeout: Int?) async throws
    func restartContainer(_ id: String, timeout: Int?) async throws
    func killContainer(_ id: String, signal: String?) async throws
    func pauseContainer(_ id: String) async throws
    func unpauseContainer(_ id: String) async throws
    func renameContainer(_ id: String, to newName: String) async throws
    func removeContainer(_ id: String, force: Bool, volumes: Bool) async throws
    func pruneContainers(filters: [String: [String]]) async throws -> PruneReport
    func top(_ id: String, psArgs: String?) async throws -> ProcessList
    /// Waits until the container stops and returns its exit code.
    func waitContainer(_ id: String) async throws -> Int
    /// Log output. `tty` says how the bytes are framed (inspect's `Config.Tty`); nil inspects first.
    func logs(_ id: String, _ options: LogOptions, tty: Bool?) -> EngineStream<OutputChunk>
    /// One sample. `oneShot` answers at once without the previous sample (no CPU %): cheap for the engine.
    func stats(_ id: String, oneShot: Bool) async throws -> ContainerStats
    func statsStream(_ id: String) -> EngineStream<ContainerStats>

    // MARK: Exec and attach
    func createExec(_ containerID: String, _ config: ExecConfig) async throws -> String
    /// Starts an exec over a hijacked connection and runs `body` with the two-way session.
    func withExecSession<R: Sendable>(
        _ execID: String, tty: Bool, consoleSize: Size2D?, _ body: (HijackedSession) async throws -> R
    ) async throws -> R
    func resizeExec(_ execID: String, _ size: Size2D) async throws
    func inspectExec(_ execID: String) async throws -> ExecInspect
    /// Attaches to the container's main process over a hijacked connection.
    func withAttachSession<R: Sendable>(
        _ containerID: String, tty: Bool, detachKeys: String?, _ body: (HijackedSession) async throws -> R
    ) async throws -> R
    func resizeContainerTTY(_ containerID: String, _ size: Size2D) async throws

    // MARK: Images
    func listImages(all: Bool, filters: [String: [String]]) async throws -> [ImageSummary]
    func inspectImage(_ name: String) async throws -> ImageDetails
    func imageHistory(_ name: String) async throws -> [ImageHistoryItem]
    func removeImage(_ name: String, force: Bool, noPrune: Bool) async throws -> [ImageDeleteItem]
    func pruneImages(_ scope: ImagePruneScope, filters: [String: [String]]) async throws -> PruneReport
    func tagImage(_ name: String, repository: String, tag: String?) async throws
    func pruneBuildCache(all: Bool) async throws -> PruneReport

    // MARK: Volumes
    func listVolumes(filters: [String: [String]]) async throws -> VolumeList
    func inspectVolume(_ name: String) async throws -> Volume
    func createVolume(_ request: VolumeCreateRequest) async throws -> Volume
    func removeVolume(_ name: String, force: Bool) async throws
    /// `all` also removes unused named volumes (API 1.42+; older engines always do).
    func pruneVolumes(all: Bool, filters: [String: [String]]) async throws -> PruneReport

    // MARK: Networks
    func listNetworks(filters: [String: [String]]) async throws -> [NetworkSummary]
    func inspectNetwork(_ id: String) async throws -> NetworkSummary
    func createNetwork(_ request: NetworkCreateRequest) async throws -> CreatedObject
    func removeNetwork(_ id: String) async throws
    func pruneNetworks(filters: [String: [String]]) async throws -> PruneReport
}

/// A hijacked exec or attach connection: output in, stdin out.
public struct HijackedSession: Sendable {
    let connection: any ByteConnection
    let tty: Bool
    private let reader: HijackedReader

    init(connection: any ByteConnection, tty: Bool, leftover: [UInt8]) {
        self.connection = connection
        self.tty = tty
        self.reader = HijackedReader(tty: tty, leftover: leftover)
    }

    /// The next output; raw console bytes with a TTY, stdout/stderr frames without. Nil at the end.
    public func read() async throws -> OutputChunk? {
        try await reader.next(from: connection)
    }

    /// Sends bytes to the process's stdin.
    public func write(_ bytes: [UInt8]) async throws {
        try await connection.write(bytes)
    }

    /// Signals end of stdin.
    public func closeInput() async throws {
        try await connection.closeWrite()
    }
}

/// Turns the raw bytes after `101 UPGRADED` into output chunks; one reader at a time by contract.
final class HijackedReader: @unchecked Sendable {
    // Invariant: only the single task reading a session calls `next`, so this state is never shared.
    private var decoder = LogFrameDecoder()
    private var queued: [OutputChunk] = []
    private var leftover: [UInt8]
    private let tty: Bool

    init(tty: Bool, leftover: [UInt8]) {
        self.tty = tty
        self.leftover = leftover
    }

    func next(from connection: any ByteConnection) async throws -> OutputChunk? {
        while true {
            if !queued.isEmpty { return queued.removeFirst() }
            let bytes: [UInt8]
            if !leftover.isEmpty {
                bytes = leftover
                leftover = []
            } else {
                guard let read = try await connection.read() else { return nil }
                bytes = read
            }
            if tty {
                if !bytes.isEmpty { return OutputChunk(stream: .console, bytes: bytes) }
            } else {
                queued = decoder.feed(bytes)
            }
        }
    }
}
