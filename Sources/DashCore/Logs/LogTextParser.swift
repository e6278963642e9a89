import TermRender

/// Turns the raw bytes of one log line into text that is safe to draw, keeping the container's colours.
///
/// - SGR sequences (`ESC [ … m`) become `LogStyleRun`s over the text; nothing of them stays in the text.
/// - Every other escape is dropped: CSI (cursor movement, clearing), OSC (window titles, OSC 52 clipboard writes),
///   DCS/SOS/PM/APC strings, two-character and nF escapes, their 8-bit C1 forms, and truncated ones.
/// - Other controls (BEL, BS, DEL, C1…) are dropped; tabs become spaces; a carriage return starts the line over
///   (progress bars redraw that way), so only what follows the last one is kept.
/// - Invalid UTF-8 becomes U+FFFD.
/// - `raw` keeps the whole line with every escape and control shown as a visible character ("␛[31m"), for the
///   raw display mode; it is nil when the line had none.
public enum LogTextParser {
    /// A parsed line: what `LogLine` stores.
    public struct Parsed: Sendable, Equatable {
        public var text: String
        public var runs: [LogStyleRun]
        public var raw: String?
    }

    /// Style runs kept per line; a line switching colour more often keeps its last style for the rest.
    public static let maxRuns = 1024
    static let tabWidth = 8

    public static func parse(_ bytes: some Collection<UInt8>) -> Parsed {
        var state = ParserState()
        // TTY output ends its lines with CR LF: that CR says nothing, and would give every line a raw copy.
        var text = String(decoding: bytes, as: UTF8.self)
        while text.unicodeScalars.last == "\r" { text.unicodeScalars.removeLast() }
        var scalars = Lookahead(text.unicodeScalars.makeIterator())
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                state.noteControl(scalar)
                escape(&scalars, &state)
            case 0x9B:
                state.noteControl(scalar)
                csi(&scalars, &state)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:  // C1 DCS, SOS, OSC, PM, APC
                state.noteControl(scalar)
                controlString(&scalars, &state)
            case 0x09:
                state.tab()
            case 0x0D:
                state.noteControl(scalar)
                state.carriageReturn()
            case _ where DisplayWidth.isControl(scalar):
                state.noteControl(scalar)
            default:
                state.append(scalar)
            }
        }
        return state.finish()
    }

    /// After ESC: which kind of sequence follows.
    private static func escape(_ scalars: inout Lookahead, _ state: inout ParserState) {
        guard let next = scalars.next() else { return }
        switch next.value {
        case 0x5B:  // [
            state.noteControl(next)
            csi(&scalars, &state)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _
            state.noteControl(next)
            controlString(&scalars, &state)
        case 0x20...0x2F:
            // nF: intermediates, then one final byte.
            state.noteControl(next)
            while let s = scalars.next() {
                if (0x20...0x2F).contains(s.value) {
                    state.noteControl(s)
                } else if (0x30...0x7E).contains(s.value) {
                    state.noteControl(s)
                    return
                } else {
                    scalars.pushBack(s)
                    return
                }
            }
        case 0x30...0x7E:
            // Two-character escapes: ESC 7, ESC c, ESC =, …
            state.noteControl(next)
        default:
            // A lone ESC before text or another control: drop the ESC, keep what follows.
            scalars.pushBack(next)
        }
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, then a final byte 0x40–0x7E.
    /// Only SGR (final `m`, plain numeric parameters) has an effect; everything else is dropped.
    private static func csi(_ scalars: inout Lookahead, _ state: inout ParserState) {
        var parameters = ""
        var plain = true
        while let s = scalars.next() {
            switch s.value {
            case 0x30...0x3F:
                state.noteControl(s)
                if s == ";" || s == ":" || ("0"..."9").contains(s) {
                    if parameters.utf8.count < 256 { parameters.unicodeScalars.append(s) } else { plain = false }
                } else {
                    plain = false  // private markers (?, <, =, >) are never SGR
                }
            case 0x20...0x2F:
                state.noteControl(s)
                plain = false
            case 0x40...0x7E:
                state.noteControl(s)
                if s == "m" && plain { state.style = SGR.apply(parameters, to: state.style) }
                return
            default:
                // Not part of a CSI: the sequence is broken off and this character is read normally.
                scalars.pushBack(s)
                return
            }
        }
    }

    /// OSC, DCS, SOS, PM, APC: a string up to BEL, ST (`ESC \`) or C1 ST, all of it dropped. An ESC starting
    /// something else also ends it; an unterminated string runs to the end of the line.
    private static func controlString(_ scalars: inout Lookahead, _ state: inout ParserState) {
        while let s = scalars.next() {
            state.noteControl(s)
            switch s.value {
            case 0x07, 0x9C:
                return
            case 0x1B:
                guard let after = scalars.next() else { return }
                if after == "\\" {
                    state.noteControl(after)
                } else {
                    scalars.pushBack(after)
                }
                return
            default:
                continue
            }
        }
    }
}

/// A scalar iterator that can put one scalar back.
struct Lookahead {
    private var base: String.UnicodeScalarView.Iterator
    private var pending: Unicode.Scalar?

    init(_ base: String.UnicodeScalarView.Iterator) {
        self.base = base
    }

    mutating func next() -> Unicode.Scalar? {
        if let pending {
            self.pending = nil
            return pending
        }
        return base.next()
    }

    mutating func pushBack(_ scalar: Unicode.Scalar) {
        pending = scalar
    }
}

/// What the parser has produced so far.
struct ParserState {
    var text = String.UnicodeScalarView()
    var textBytes = 0
    var column = 0
    var runs: [LogStyleRun] = []
    var style = LogStyle.plain
    private var runStyle = LogStyle.plain
    var raw = String.UnicodeScalarView()
    var sawControl = false
    /// A carriage return was seen: the next printable character starts the line over.
    var restartPending = false

    mutating func append(_ scalar: Unicode.Scalar) {
        if restartPending { restart() }
        if style != runStyle { startRun() }
        text.append(scalar)
        textBytes += UTF8.width(scalar)
        column += DisplayWidth.scalar(scalar)
        raw.append(scalar)
    }

    /// The style changed before this character: a new run starts here (or replaces an empty one).
    private mutating func startRun() {
        if runs.last?.start == textBytes { runs.removeLast() }
        let previous = runs.last?.style ?? .plain
        if previous != style && runs.count < LogTextParser.maxRuns {
            runs.append(LogStyleRun(start: textBytes, style: style))
        }
        runStyle = runs.last?.style ?? .plain
    }

    mutating func tab() {
        let spaces = LogTextParser.tabWidth - column % LogTextParser.tabWidth
        for _ in 0..<spaces { append(" ") }
    }

    mutating func carriageReturn() {
        restartPending = true
    }

    private mutating func restart() {
        restartPending = false
        text = String.UnicodeScalarView()
        textBytes = 0
        column = 0
        runs = []
        runStyle = .plain
    }

    /// A character of an escape or a control: not in the text, shown in `raw`.
    mutating func noteControl(_ scalar: Unicode.Scalar) {
        sawControl = true
        let shown = DisplayWidth.isControl(scalar)
            ? DisplayWidth.visible(Character(scalar)).unicodeScalars.first ?? "\u{FFFD}" : scalar
        raw.append(shown)
    }

    func finish() -> LogTextParser.Parsed {
        LogTextParser.Parsed(text: String(text), runs: runs, raw: sawControl ? String(raw) : nil)
    }
}
