import EngineAPI
import TermRender

/// One line of container output, already made safe to draw: `text` holds no escape sequence, no control
/// character and only valid UTF-8. Colours the container asked for (SGR) survive as `runs` over `text`.
public struct LogLine: Sendable, Equatable {
    public var stream: OutputSource
    /// The line without escapes or controls: what search, filter, save and copy work on.
    public var text: String
    /// When the engine received the line, in nanoseconds since the epoch (nil when the engine sent none).
    public var timestamp: Int64?
    /// Which container of a merged log the line is from (an index into `LogView.sources`); 0 otherwise.
    public var source: Int
    /// SGR styles over `text`, in order; empty for an uncoloured line.
    public var runs: [LogStyleRun]
    /// The line as it came, with every escape and control made visible ("␛[31m"); nil when it had none,
    /// i.e. when it equals `text`.
    public var raw: String?

    public init(stream: OutputSource, text: String, timestamp: Int64? = nil, source: Int = 0,
                runs: [LogStyleRun] = [], raw: String? = nil) {
        self.stream = stream
        self.text = text
        self.timestamp = timestamp
        self.source = source
        self.runs = runs
        self.raw = raw
    }

    /// Bytes this line holds on to, roughly: what the log buffer's byte budget counts.
    public var byteCost: Int {
        64 + text.utf8.count + (raw?.utf8.count ?? 0) + runs.count * MemoryLayout<LogStyleRun>.stride
    }
}

/// The look a container asked for with SGR: a foreground colour and attributes. Backgrounds, italics and
/// blinking are not kept.
public struct LogStyle: Sendable, Hashable {
    public var foreground: Color?
    public var attributes: TextAttributes

    public init(foreground: Color? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.attributes = attributes
    }

    /// No colour, no attributes: the line's role decides.
    public static let plain = LogStyle()
}

/// `style` applies from UTF-8 offset `start` of the line's text up to the next run (or the end).
public struct LogStyleRun: Sendable, Equatable {
    public var start: Int
    public var style: LogStyle

    public init(start: Int, style: LogStyle) {
        self.start = start
        self.style = style
    }
}
