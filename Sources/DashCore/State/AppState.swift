import EngineAPI
import TermRender

/// Everything the dashboard shows, as one value. Only the reducer changes it; panes only read it.
public struct AppState: Sendable {
    public var engine: EngineStatus
    public var readOnly: Bool
    public var pane: PaneKind = .containers
    public var size: Size
    /// Seconds since the epoch, from the last tick (rendering never reads the clock itself).
    public var now: Double

    public var containers: [String: ContainerSummary] = [:] { didSet { containersGeneration &+= 1 } }
    /// Bumped on every change of `containers` (and `stats`): what `containerOrder` checks it is current against.
    public private(set) var containersGeneration: UInt64 = 0
    public private(set) var statsGeneration: UInt64 = 0
    /// The sorted, filtered containers list; see `ContainerOrder`.
    public internal(set) var containerOrder = ContainerOrder()
    /// When each container's engine-written `Status` was received, to age it locally.
    public var statusReceivedAt: [String: Double] = [:]
    public var images: [String: ImageSummary] = [:]
    public var volumes: [String: Volume] = [:]
    /// Volume sizes from `/system/df`, which is slow and loaded in the background.
    public var volumeSizes: [String: Int64] = [:]
    /// How many containers use each volume, from `/system/df` (stopped ones included).
    public var volumeRefCounts: [String: Int64] = [:]
    /// Writable-layer sizes of containers and shared sizes of images, from `/system/df`.
    public var containerSizes: [String: Int64] = [:]
    public var imageSharedSizes: [String: Int64] = [:]
    /// Build cache that a prune could free, from `/system/df`.
    public var buildCacheSize: Int64?
    public var diskUsage: LoadState = .idle
    public var stats: [String: StatsSample] = [:] { didSet { statsGeneration &+= 1 } }
    public var loaded: Set<PaneKind> = []

    public var lists: [PaneKind: ListState] = [
        .containers: ListState(sort: .name), .images: ListState(sort: .name), .volumes: ListState(sort: .name),
    ]
    public var groupByProject = false
    /// True while `/` is collecting the filter text.
    public var filterEditing = false
    /// A line being typed at the bottom (the command for `E`).
    public var prompt: Prompt?
    /// Lines run on the `:` command line, oldest first, and where ↑/↓ is in them.
    public var commandHistory: [String] = []
    public var commandHistoryIndex: Int?
    /// Theme names `:theme` completes (bundled and the user's); set by the app.
    public var themeNames: [String] = []
    /// True while a shell or attach session has the terminal.
    public var interactiveActive = false
    public var log: LogView?
    /// How logs are fetched and shown; kept when another container's log opens.
    public var logPreferences: LogPreferences
    /// Log streams started so far: numbers each one, so lines of a replaced stream are recognised.
    public var logStreamCount = 0
    public var inspect: InspectView?
    public var overlay: Overlay?
    public var message: StatusMessage?
    /// Objects with an engine command in flight, and what it is ("stopping").
    public var pending: [String: String] = [:]
    public var keymap = Keymap()
    public var quitRequested = false
    public var lastSync: Double = 0
    public var lastStatsAt: Double = 0
    /// Progress of the engine command running on several objects.
    public var batch: BatchProgress?
    public var settings: Settings

    /// Tunables that come from the command line or defaults.
    public struct Settings: Sendable, Equatable {
        public var logTail = 200
        public var logCapacity = 10_000
        /// Bytes of log text kept per view, however long its lines.
        public var logByteCapacity = LogBuffer.defaultByteCapacity
        public var statsInterval: Double = 2
        public var resyncInterval: Double = 300
        public var stopTimeout: Int? = nil
        /// The shell `e` opens; nil detects bash, else sh.
        public var execShell: String? = nil
        /// Ask y/n before removing (a running container always asks) and before killing.
        /// Logs start this many seconds back; nil loads the last `logTail` lines whenever they were written.
        public var logSinceSeconds: Int? = nil
        public var confirmRemove = true
        public var confirmKill = true
        public init() {}
    }

    /// A command applied to several objects, one result at a time.
    public struct BatchProgress: Sendable, Equatable {
        public var command: EngineCommand
        public var total: Int
        public var done = 0
        public var failures: [String] = []
        public var lastTarget: String = ""
    }

    /// Progress of a background load.
    public enum LoadState: Sendable, Equatable {
        case idle, loading, loaded
        case failed(String)
    }

    public init(host: String, size: Size, now: Double, readOnly: Bool = false, settings: Settings = Settings()) {
        self.engine = EngineStatus(host: host)
        self.size = size
        self.now = now
        self.readOnly = readOnly
        self.settings = settings
        self.logPreferences = LogPreferences(tail: settings.logTail)
        // The configured window (logs.since / --since) is where the view starts; `s` cycles from there.
        self.logPreferences.since = settings.logSinceSeconds
    }

    public subscript(list pane: PaneKind) -> ListState {
        get { lists[pane] ?? ListState(sort: .name) }
        set { lists[pane] = newValue }
    }

    /// The key context: which binding tables apply now.
    public var keyContext: Keymap.Context {
        if inspect != nil { return .inspectView }
        if log?.fullScreen == true { return .logView }
        return .list(pane)
    }

    public var layout: Layout { Layout(size: size, logFullScreen: log?.fullScreen == true || inspect != nil) }
}
