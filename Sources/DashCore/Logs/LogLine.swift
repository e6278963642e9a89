import EngineAPI

/// One line of container output, already made safe to draw (no escapes, no controls, valid UTF-8).
public struct LogLine: Sendable, Equatable {
    public var stream: OutputSource
    public var text: String

    public init(stream: OutputSource, text: String) {
        self.stream = stream
        self.text = text
    }
}
