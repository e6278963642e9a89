/// Incremental decoder for `Transfer-Encoding: chunked` bodies. Feed it any split of the bytes;
/// it returns the payload bytes seen so far and tells when the last chunk has gone by.
public struct ChunkedDecoder: Sendable {
    enum State: Sendable, Equatable {
        case sizeLine
        case data(remaining: Int)
        case dataEnd
        case trailer
        case done
    }

    private var state: State = .sizeLine
    private var line: [UInt8] = []
    private static let maxLine = 4096

    public init() {}

    public var isDone: Bool { state == .done }

    /// Consumes `bytes` and returns the payload they carry. Bytes after the final chunk are ignored.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(WireError) -> [UInt8] {
        var out: [UInt8] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            switch state {
            case .done:
                return out
            case .data(let remaining):
                let available = bytes.distance(from: index, to: bytes.endIndex)
                let take = min(remaining, available)
                let end = bytes.index(index, offsetBy: take)
                out.append(contentsOf: bytes[index..<end])
                index = end
                state = remaining - take == 0 ? .dataEnd : .data(remaining: remaining - take)
            case .sizeLine, .dataEnd, .trailer:
                let byte = bytes[index]
                index = bytes.index(after: index)
                guard byte == UInt8(ascii: "\n") else {
                    line.append(byte)
                    if line.count > Self.maxLine { throw .malformedChunk }
                    continue
                }
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                defer { line.removeAll(keepingCapacity: true) }
                try endOfLine()
            }
        }
        return out
    }

    private mutating func endOfLine() throws(WireError) {
        switch state {
        case .sizeLine:
            // A size may carry extensions after ';', which we ignore.
            let digits = line.prefix { $0 != UInt8(ascii: ";") }
            guard let text = String(validating: digits, as: UTF8.self),
                let size = Int(text.trimmingSpaces, radix: 16), size >= 0
            else { throw .malformedChunk }
            state = size == 0 ? .trailer : .data(remaining: size)
        case .dataEnd:
            guard line.isEmpty else { throw .malformedChunk }
            state = .sizeLine
        case .trailer:
            if line.isEmpty { state = .done }
        case .data, .done:
            break
        }
    }
}
