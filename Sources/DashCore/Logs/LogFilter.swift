import EngineAPI

/// Which lines a log view shows: those a pattern keeps (`&`, `!` inverts) from the chosen output streams.
public struct LogFilter: Sendable, Equatable {
    /// Which output streams a log view shows.
    public enum Streams: Sendable, Equatable, CaseIterable {
        case both
        case stdout
        case stderr

        /// Both, then stdout only, then stderr only.
        public var next: Streams {
            switch self {
            case .both: .stdout
            case .stdout: .stderr
            case .stderr: .both
            }
        }

        /// A TTY's output (`console`) is one stream; it counts as stdout.
        public func keeps(_ source: OutputSource) -> Bool {
            switch self {
            case .both: true
            case .stdout: source != .stderr
            case .stderr: source == .stderr
            }
        }
    }

    public var pattern: LogPattern?
    public var streams: Streams = .both

    public init(pattern: LogPattern? = nil, streams: Streams = .both) {
        self.pattern = pattern
        self.streams = streams
    }

    /// False when every line is shown.
    public var isActive: Bool { pattern != nil || streams != .both }

    public func keeps(_ line: LogLine) -> Bool {
        guard streams.keeps(line.stream) else { return false }
        return pattern?.keeps(line.text) ?? true
    }
}
