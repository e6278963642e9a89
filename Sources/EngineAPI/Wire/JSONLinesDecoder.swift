/// Splits a byte stream into newline-delimited JSON documents (the events and stats streams).
/// A document may arrive split across reads, and one read may carry several.
public struct JSONLinesDecoder: Sendable {
    private var buffer: [UInt8] = []
    private let maxLine: Int

    /// Lines longer than `maxLine` are an error rather than a reason to grow without bound.
    public init(maxLine: Int = 4 * 1024 * 1024) {
        self.maxLine = maxLine
    }

    /// Returns the complete, non-blank lines (without their newline) found so far.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(WireError) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if buffer.last == UInt8(ascii: "\r") { buffer.removeLast() }
                if buffer.contains(where: { !Self.isSpace($0) }) { lines.append(buffer) }
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.append(byte)
                if buffer.count > maxLine { throw .lineTooLong(limit: maxLine) }
            }
        }
        return lines
    }

    /// At end of stream, a last document without a trailing newline.
    public mutating func finish() -> [UInt8]? {
        defer { buffer = [] }
        return buffer.contains(where: { !Self.isSpace($0) }) ? buffer : nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
}
