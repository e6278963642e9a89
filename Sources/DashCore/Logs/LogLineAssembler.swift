import EngineAPI

/// Turns raw output chunks into safe lines. Lines may be split across chunks (kept per stream until
/// their newline); escape sequences and control characters are removed so a container can never
/// drive the user's terminal; invalid UTF-8 becomes U+FFFD.
public struct LogLineAssembler: Sendable {
    private var pending: [OutputSource: [UInt8]] = [:]
    /// A line longer than this is cut, so one endless line cannot hold memory hostage.
    public let maxLineBytes: Int

    public init(maxLineBytes: Int = 256 * 1024) {
        self.maxLineBytes = maxLineBytes
    }

    public mutating func feed(_ chunk: OutputChunk) -> [LogLine] {
        var lines: [LogLine] = []
        var buffer = pending[chunk.stream, default: []]
        for byte in chunk.bytes {
            if byte == 10 {
                lines.append(LogLine(stream: chunk.stream, text: Self.sanitize(buffer)))
                buffer.removeAll(keepingCapacity: true)
            } else {
                buffer.append(byte)
                if buffer.count >= maxLineBytes {
                    lines.append(LogLine(stream: chunk.stream, text: Self.sanitize(buffer)))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        pending[chunk.stream] = buffer
        return lines
    }

    /// Lines still waiting for their newline when the stream ends.
    public mutating func flush() -> [LogLine] {
        defer { pending = [:] }
        return pending.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { stream in
            guard let bytes = pending[stream], !bytes.isEmpty else { return nil }
            return LogLine(stream: stream, text: Self.sanitize(bytes))
        }
    }

    /// Decodes UTF-8 (with replacement), drops escape sequences and controls, expands tabs, and keeps what
    /// follows the last carriage return (progress bars redraw the line that way).
    public static func sanitize(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if let cr = text.lastIndex(of: "\r") {
            let after = text[text.index(after: cr)...]
            text = after.isEmpty ? String(text[..<cr]) : String(after)
            if text.contains("\r") { text = text.split(separator: "\r").last.map(String.init) ?? "" }
        }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var column = 0
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:  // C1 CSI
                skipCSI(&scalars)
            case 0x90, 0x9D, 0x98, 0x9E, 0x9F:  // C1 DCS, OSC, SOS, PM, APC
                skipString(&scalars)
            case 0x09:
                let spaces = 8 - column % 8
                out.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                continue
            default:
                out.append(scalar)
                column += 1
            }
        }
        return String(out)
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipCSI(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        case " "..."/":
            // nF sequences: intermediates, then one final byte.
            while let s = scalars.next(), (0x20...0x2F).contains(s.value) {}
        default: return
        }
    }

    /// CSI: parameters and intermediates up to a final byte 0x40–0x7E.
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if (0x40...0x7E).contains(s.value) { return }
            if s.value < 0x20 || s.value > 0x7E { return }
        }
    }

    /// OSC/DCS/SOS/PM/APC: everything up to BEL, ST (ESC \) or C1 ST.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B {
                _ = scalars.next()
                return
            }
        }
    }
}
