import EngineAPI

/// Turns raw output chunks into safe lines. Lines may be split across chunks (kept per stream until their
/// newline); each line goes through `LogTextParser`, so a container can never drive the user's terminal.
///
/// With `timestamps`, the engine starts every message with an RFC 3339 time and a space: it is split off into
/// `LogLine.timestamp`. Multiplexed streams (no TTY) carry one message per chunk, so a message the engine split
/// (lines over 16 KB) loses the time in front of each later part; a TTY stream is one byte stream, so only the
/// time at the start of each line is recognised.
public struct LogLineAssembler: Sendable {
    private struct Pending: Sendable {
        var bytes: [UInt8] = []
        var timestamp: Int64?
        /// The bytes continue a line that was cut for being too long: no timestamp to look for.
        var continuation = false
    }

    private var pending: [OutputSource: Pending] = [:]
    /// A line longer than this is cut, so one endless line cannot hold memory hostage.
    public let maxLineBytes: Int
    public let timestamps: Bool
    /// Written into every line (merged logs: which container).
    public let source: Int

    public init(maxLineBytes: Int = 256 * 1024, timestamps: Bool = false, source: Int = 0) {
        self.maxLineBytes = maxLineBytes
        self.timestamps = timestamps
        self.source = source
    }

    public mutating func feed(_ chunk: OutputChunk) -> [LogLine] {
        var lines: [LogLine] = []
        var line = pending[chunk.stream, default: Pending()]
        var bytes = chunk.bytes[...]
        if timestamps, chunk.stream != .console, let (time, length) = LogTimestamp.parse(bytes) {
            // One message per chunk: its time starts the line, or is dropped inside a continued one.
            if line.bytes.isEmpty && !line.continuation { line.timestamp = time }
            bytes = bytes.dropFirst(length)
        }
        for byte in bytes {
            if byte == 10 {
                lines.append(make(&line, stream: chunk.stream))
                line = Pending()
            } else {
                line.bytes.append(byte)
                if line.bytes.count >= maxLineBytes {
                    lines.append(make(&line, stream: chunk.stream))
                    line = Pending(timestamp: line.timestamp, continuation: true)
                }
            }
        }
        pending[chunk.stream] = line
        return lines
    }

    /// Lines still waiting for their newline when the stream ends.
    public mutating func flush() -> [LogLine] {
        defer { pending = [:] }
        return pending.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { stream in
            guard var line = pending[stream], !line.bytes.isEmpty else { return nil }
            return make(&line, stream: stream)
        }
    }

    private func make(_ line: inout Pending, stream: OutputSource) -> LogLine {
        var body = line.bytes[...]
        var timestamp = line.timestamp
        if timestamps, stream == .console, !line.continuation, let (time, length) = LogTimestamp.parse(body) {
            timestamp = time
            body = body.dropFirst(length)
        }
        let parsed = LogTextParser.parse(body)
        return LogLine(stream: stream, text: parsed.text, timestamp: timestamp, source: source, runs: parsed.runs,
                       raw: parsed.raw)
    }

    /// The safe text of `bytes` (see `LogTextParser`), without its colours.
    public static func sanitize(_ bytes: [UInt8]) -> String {
        LogTextParser.parse(bytes).text
    }
}
