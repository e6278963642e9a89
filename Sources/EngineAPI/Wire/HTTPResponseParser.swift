/// Incremental HTTP/1.1 response parser: head, then body bytes framed by length, chunks,
/// connection close, or (after `101 UPGRADED`) the raw two-way stream of a hijacked request.
public struct HTTPResponseParser: Sendable {
    /// What the bytes fed so far have revealed.
    public enum Event: Sendable, Equatable {
        case head(HTTPResponseHead)
        case body([UInt8])
        case end
    }

    enum State: Sendable {
        case head
        case fixed(remaining: Int)
        case chunked(ChunkedDecoder)
        case untilClose
        case done
    }

    private var state: State = .head
    private var pending: [UInt8] = []
    private let expectsBody: Bool
    public static let maxHeadSize = 64 * 1024

    /// `expectsBody` is false for HEAD requests, whose answers announce a length but carry nothing.
    public init(expectsBody: Bool = true) {
        self.expectsBody = expectsBody
    }

    public var isDone: Bool {
        if case .done = state { return true }
        return false
    }

    public mutating func feed(_ bytes: some Collection<UInt8>) throws(WireError) -> [Event] {
        var events: [Event] = []
        switch state {
        case .head:
            pending.append(contentsOf: bytes)
            guard let end = Self.endOfHead(in: pending) else {
                if pending.count > Self.maxHeadSize { throw .headTooLarge(limit: Self.maxHeadSize) }
                return []
            }
            guard let head = HTTPResponseHead.parse(pending[..<end]) else { throw .malformedHead }
            let rest = Array(pending[(end + 4)...])
            pending = []
            events.append(.head(head))
            state = bodyState(for: head)
            if case .done = state {
                events.append(.end)
                return events
            }
            events += try feedBody(rest)
        case .done:
            return []
        default:
            events += try feedBody(bytes)
        }
        return events
    }

    /// Call at end of stream: completes a close-delimited body, or reports a truncated answer.
    public mutating func finish() throws(WireError) -> [Event] {
        switch state {
        case .done: return []
        case .untilClose:
            state = .done
            return [.end]
        case .head: throw .truncated(expected: "response header")
        case .fixed(let remaining): throw .truncated(expected: "\(remaining) bytes of body")
        case .chunked: throw .truncated(expected: "end of chunked body")
        }
    }

    private func bodyState(for head: HTTPResponseHead) -> State {
        if head.isUpgrade { return .untilClose }
        if !expectsBody || (100..<200).contains(head.status) || head.status == 204 || head.status == 304 {
            return .done
        }
        if head.isChunked { return .chunked(ChunkedDecoder()) }
        if let length = head.contentLength { return length == 0 ? .done : .fixed(remaining: length) }
        return .untilClose
    }

    private mutating func feedBody(_ bytes: some Collection<UInt8>) throws(WireError) -> [Event] {
        guard !bytes.isEmpty else { return [] }
        switch state {
        case .fixed(let remaining):
            let chunk = Array(bytes.prefix(remaining))
            let left = remaining - chunk.count
            state = left == 0 ? .done : .fixed(remaining: left)
            return left == 0 ? [.body(chunk), .end] : [.body(chunk)]
        case .chunked(var decoder):
            let payload = try decoder.feed(bytes)
            var events: [Event] = payload.isEmpty ? [] : [.body(payload)]
            if decoder.isDone {
                state = .done
                events.append(.end)
            } else {
                state = .chunked(decoder)
            }
            return events
        case .untilClose:
            return [.body(Array(bytes))]
        case .head, .done:
            return []
        }
    }

    private static func endOfHead(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4)
        where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i
        }
        return nil
    }
}
