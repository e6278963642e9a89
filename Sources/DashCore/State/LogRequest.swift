/// One container whose log a view shows.
public struct LogSource: Sendable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What a log stream asks the engine for: one container, or several merged in time order, with their history
/// cut by line count and age. The engine is always asked for timestamps (to merge, and to show them on `t`).
public struct LogRequest: Sendable, Equatable {
    /// The view's stream number: lines and the end of a stream come back with it, so a replaced stream's
    /// last lines can never land in the new one.
    public var stream: Int
    public var sources: [LogSource]
    /// Lines of history per container; nil for all.
    public var tail: Int?
    /// Unix seconds: history from then on; nil for all.
    public var since: Int64?

    public init(stream: Int, sources: [LogSource], tail: Int?, since: Int64? = nil) {
        self.stream = stream
        self.sources = sources
        self.tail = tail
        self.since = since
    }
}
