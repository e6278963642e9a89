/// What went wrong while decoding bytes from the engine, before any endpoint context is added.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformedHead
    case headTooLarge(limit: Int)
    case malformedChunk
    case lineTooLong(limit: Int)
    /// The connection ended before the answer was complete.
    case truncated(expected: String)

    public var description: String {
        switch self {
        case .malformedHead: "the answer is not HTTP/1.1"
        case .headTooLarge(let limit): "the answer's header is larger than \(limit) bytes"
        case .malformedChunk: "a chunk of the answer is malformed"
        case .lineTooLong(let limit): "a line of the answer is longer than \(limit) bytes"
        case .truncated(let expected): "the connection ended early (\(expected) missing)"
        }
    }
}
