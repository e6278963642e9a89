/// The log of one container, or of several merged in time order, streamed into the detail area or shown full
/// screen: the capped buffer, where the user is in it, and what they search and filter for.
///
/// Positions are sequence numbers (`LogBuffer`), so they hold still while lines arrive and old ones drop off.
public struct LogView: Sendable {
    /// The first (for a single log, the only) container.
    public var containerID: String
    /// The title: a container's name, or what a merged log shows ("web, db" or "project shop").
    public var name: String
    public var sources: [LogSource]
    public var buffer: LogBuffer
    public var fullScreen = false
    /// Set when the stream ended (container stopped, engine gone), in user words.
    public var endedReason: String?
    /// The number of the stream feeding the buffer (`LogRequest.stream`).
    public var stream = 0

    /// New lines move the view along (`f` toggles).
    public var follow = true
    /// The selected line; nil while the view sits on the newest line and moves with it.
    public var cursor: Int?
    /// Lines shown below the selected one (0: it is the bottom row).
    public var cursorOffset = 0
    /// Where the newest line was when the view stopped moving with it: lines from here on are "new".
    public var pausedAt: Int?
    /// The other end of a marked range (`v`), for copying several lines.
    public var mark: Int?
    /// Columns scrolled to the right when lines do not wrap.
    public var column = 0

    public var filter = LogFilter()
    /// The lines the filter keeps; nil when it keeps everything.
    public var filterIndex: LogMatchIndex?
    public var search: LogPattern?
    /// The lines the search finds.
    public var searchIndex: LogMatchIndex?
    /// A new search jumps to its newest match as soon as the scan finds one.
    public var searchJumpPending = false

    public init(containerID: String, name: String, capacity: Int, byteCapacity: Int = LogBuffer.defaultByteCapacity) {
        self.init(sources: [LogSource(id: containerID, name: name)], name: name, capacity: capacity,
                  byteCapacity: byteCapacity)
    }

    public init(sources: [LogSource], name: String, capacity: Int, byteCapacity: Int = LogBuffer.defaultByteCapacity) {
        self.containerID = sources.first?.id ?? ""
        self.name = name
        self.sources = sources
        self.buffer = LogBuffer(capacity: capacity, byteCapacity: byteCapacity)
    }

    /// Several containers in one stream, each line with its container's name.
    public var isMerged: Bool { sources.count > 1 }
}

/// The inspect view of one container.
public struct InspectView: Sendable, Equatable {
    public var containerID: String
    public var name: String
    public var document: [InspectLine] = []
    public var loading = true
    public var error: String?
    public var scroll = 0

    public init(containerID: String, name: String) {
        self.containerID = containerID
        self.name = name
    }
}

/// One line of the inspect document: a section heading, or a key and its value.
public struct InspectLine: Sendable, Equatable {
    public var key: String
    public var value: String
    public var isHeading: Bool

    public static func heading(_ title: String) -> InspectLine { InspectLine(key: title, value: "", isHeading: true) }
    public static func field(_ key: String, _ value: String) -> InspectLine { InspectLine(key: key, value: value, isHeading: false) }
}
