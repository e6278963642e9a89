/// Which stream a piece of container output came from.
public enum OutputSource: UInt8, Sendable, Codable, Hashable {
    case stdin = 0
    case stdout = 1
    case stderr = 2
    /// The raw output of a container with a TTY, where stdout and stderr are one stream.
    case console = 3
}

/// A piece of container output, as raw bytes (they may hold escapes and invalid UTF-8).
public struct OutputChunk: Sendable, Equatable {
    public var stream: OutputSource
    public var bytes: [UInt8]
    public init(stream: OutputSource, bytes: [UInt8]) {
        self.stream = stream
        self.bytes = bytes
    }
}

/// Decoder for the multiplexed stream of non-TTY logs, attach and exec:
/// each frame is `[stream, 0, 0, 0, size (u32 big endian)]` followed by `size` payload bytes.
/// Frames may be split across reads, and one read may carry several frames.
public struct LogFrameDecoder: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0

    public init() {}

    /// Bytes received but not yet part of a complete frame.
    public var pendingByteCount: Int { buffer.count - start }

    public mutating func feed(_ bytes: some Collection<UInt8>) -> [OutputChunk] {
        buffer.append(contentsOf: bytes)
        var out: [OutputChunk] = []
        while buffer.count - start >= 8 {
            let size =
                Int(buffer[start + 4]) << 24 | Int(buffer[start + 5]) << 16 | Int(buffer[start + 6]) << 8
                | Int(buffer[start + 7])
            guard buffer.count - start - 8 >= size else { break }
            // Unknown stream ids are shown as stdout rather than dropped: losing output is worse.
            let stream = OutputSource(rawValue: buffer[start]).flatMap { $0 == .console ? nil : $0 } ?? .stdout
            let payload = Array(buffer[(start + 8)..<(start + 8 + size)])
            start += 8 + size
            if !payload.isEmpty { out.append(OutputChunk(stream: stream, bytes: payload)) }
        }
        compact()
        return out
    }

    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 16)
            start = 0
        } else if start > 1 << 16 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
