import EngineAPI
import TermRender
import Testing
@testable import DashCore

/// The sanitiser: SGR colours become style runs, everything else a container sends is dropped or made visible.
@Suite struct LogTextParserTests {
    func parse(_ text: String) -> LogTextParser.Parsed { LogTextParser.parse(Array(text.utf8)) }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    @Test func sgrColoursBecomeRunsOverTheText() {
        let parsed = parse("\u{1b}[31mred\u{1b}[0m plain \u{1b}[1;92mbold green\u{1b}[m")
        #expect(parsed.text == "red plain bold green")
        #expect(parsed.runs == [
            LogStyleRun(start: 0, style: LogStyle(foreground: .ansi(.red))),
            LogStyleRun(start: 3, style: .plain),
            LogStyleRun(start: 10, style: LogStyle(foreground: .ansi(.brightGreen), attributes: [.bold])),
        ])
        #expect(parsed.raw == "␛[31mred␛[0m plain ␛[1;92mbold green␛[m")
    }

    @Test func extendedColoursAndAttributeResets() {
        let parsed = parse("\u{1b}[38;5;208mA\u{1b}[38;2;1;2;3mB\u{1b}[38:2::4:5:6mC\u{1b}[1;2;4;7mD\u{1b}[22;24;27;39mE")
        #expect(parsed.text == "ABCDE")
        #expect(parsed.runs.map(\.style) == [
            LogStyle(foreground: .indexed(208)), LogStyle(foreground: .rgb(1, 2, 3)), LogStyle(foreground: .rgb(4, 5, 6)),
            LogStyle(foreground: .rgb(4, 5, 6), attributes: [.bold, .dim, .underline, .reverse]), .plain,
        ])
        // Backgrounds are read past without eating the parameters after them.
        #expect(parse("\u{1b}[48;5;1;31mx").runs == [LogStyleRun(start: 0, style: LogStyle(foreground: .ansi(.red)))])
        #expect(parse("\u{1b}[48;2;1;2;3;4mx").runs.first?.style.attributes == [.underline])
        // Nonsense parameters are ignored, not applied as something else.
        #expect(parse("\u{1b}[38;5;999mx").runs.isEmpty)
        #expect(parse("\u{1b}[99999999999999999999999mx").runs.isEmpty)
    }

    @Test func everyOtherEscapeIsDropped() {
        let cases: [(String, String)] = [
            ("\u{1b}[2J\u{1b}[Hcleared", "cleared"),                   // clear screen, cursor home
            ("a\u{1b}[10;20Hb\u{1b}[5Ac", "abc"),                       // cursor movement
            ("\u{1b}[?1049h\u{1b}[?25lhidden", "hidden"),               // alternate screen, hide cursor
            ("\u{1b}]0;pwned\u{07}title", "title"),                     // window title, BEL
            ("\u{1b}]52;c;aGVsbG8=\u{1b}\\clip", "clip"),               // OSC 52 clipboard write, ST
            ("\u{9d}52;c;aGVsbG8=\u{9c}c1", "c1"),                      // the same in C1 form
            ("\u{1b}P+q544e\u{1b}\\dcs", "dcs"),                        // DCS
            ("\u{1b}_apc\u{1b}\\\u{1b}^pm\u{1b}\\\u{1b}Xsos\u{1b}\\x", "x"),
            ("\u{9b}2J\u{9b}31mc1csi", "c1csi"),                        // C1 CSI (its SGR applies)
            ("\u{1b}7\u{1b}8\u{1b}c\u{1b}=\u{1b}(0\u{1b}#8two", "two"), // two-character and nF escapes
            ("bell\u{07}\u{08}\u{7f}\u{00}\u{85}!", "bell!"),           // BEL, BS, DEL, NUL, NEL
            ("\u{1b}[?1mprivate", "private"),
            ("line\u{2028}sep", "linesep"),
        ]
        for (input, expected) in cases {
            let parsed = parse(input)
            #expect(parsed.text == expected, "\(Array(input.unicodeScalars))")
            #expect(!Self.hasControl(parsed.text))
            #expect(parsed.raw.map { !Self.hasControl($0) } ?? true)
        }
        #expect(parse("\u{9b}31mx").runs == [LogStyleRun(start: 0, style: LogStyle(foreground: .ansi(.red)))])
        #expect(parse("\u{1b}[?1mx").runs.isEmpty)
    }

    @Test func truncatedSequencesNeverSwallowLaterLinesOrLeak() {
        for input in ["abc\u{1b}", "abc\u{1b}[", "abc\u{1b}[31", "abc\u{1b}]0;title", "abc\u{1b}P", "abc\u{9b}", "abc\u{1b}(",
                      "abc\u{1b}]52;c;AAAA\u{1b}"] {
            let parsed = parse(input)
            #expect(parsed.text == "abc", "\(Array(input.unicodeScalars))")
        }
        // A CSI broken off by a control or a non-ASCII character: that character is read normally.
        #expect(parse("a\u{1b}[3é").text == "aé")
        #expect(parse("a\u{1b}é").text == "aé")
    }

    @Test func carriageReturnsTabsAndInvalidUTF8() {
        #expect(parse("10%\r50%\r100%").text == "100%")
        #expect(parse("done\r").text == "done")
        #expect(parse("tty line\r").raw == nil)
        #expect(parse("\u{1b}[32m10%\r\u{1b}[1m100%").runs.first?.style == LogStyle(foreground: .ansi(.green), attributes: [.bold]))
        #expect(parse("a\tb").text == "a       b")
        #expect(parse("日本\tx").text == "日本    x")  // tabs stop by display columns
        #expect(parse("a\tb").raw == nil)
        #expect(LogTextParser.parse([0xff, 0x41, 0xc3]).text == "\u{FFFD}A\u{FFFD}")
        #expect(LogTextParser.parse([0x80, 0x9b, 0x41]).text == "\u{FFFD}\u{FFFD}A")  // 8-bit C1 bytes are invalid UTF-8
    }

    @Test func runsAreCappedPerLine() {
        let input = (0..<(LogTextParser.maxRuns * 2)).map { "\u{1b}[3\($0 % 8)mx" }.joined()
        let parsed = parse(input)
        #expect(parsed.text.count == LogTextParser.maxRuns * 2)
        #expect(parsed.runs.count <= LogTextParser.maxRuns)
    }

    /// Random byte strings rich in escape material: the text and the raw form never hold a control, runs stay
    /// inside the text and in order.
    @Test func randomHostileBytesStaySafe() {
        var random = SeededRandom(seed: 42)
        let pieces: [[UInt8]] = [[0x1b], [0x1b, 0x5b], [0x1b, 0x5d], [0x1b, 0x50], [0x07], [0x1b, 0x5c], [0x3b], [0x6d],
                                 [0x33, 0x31], [0x3f], [0x9b], [0xc2, 0x9b], [0xc2, 0x9d], [0xc2, 0x9c], [0x0d], [0x09],
                                 [0x00], [0x7f], [0xe6, 0x97, 0xa5], [0xff], [0x41], [0x20], [0x38], [0x3a], [0x32]]
        for _ in 0..<3000 {
            let bytes = (0..<random.next(below: 40)).flatMap { _ in pieces[random.next(below: pieces.count)] }
            let parsed = LogTextParser.parse(bytes)
            #expect(!Self.hasControl(parsed.text), "\(bytes)")
            #expect(parsed.raw.map { !Self.hasControl($0) } ?? true, "\(bytes)")
            let starts = parsed.runs.map(\.start)
            #expect(starts == starts.sorted() && Set(starts).count == starts.count, "\(bytes)")
            #expect(starts.allSatisfy { $0 < parsed.text.utf8.count }, "\(bytes)")
        }
    }

    /// Every C0 and C1 control, alone and as the introducer of a sequence.
    @Test func everyControlCharacter() {
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for input in ["a\(scalar)b", "\(scalar)[31mx", "a\u{1b}\(scalar)b"] {
                let parsed = parse(input)
                #expect(!Self.hasControl(parsed.text), "\(value)")
                #expect(parsed.raw.map { !Self.hasControl($0) } ?? true, "\(value)")
            }
        }
    }

    @Test func assemblerSplitsTimestampsAndSurvivesEverySplit() {
        let message = Array("2023-11-14T22:13:20.123456789Z \u{1b}[31mred\u{1b}[0m \u{1b}]52;c;eA==\u{07}x\n".utf8)
        var framed = LogLineAssembler(timestamps: true)
        let line = framed.feed(OutputChunk(stream: .stderr, bytes: message))
        #expect(line.map(\.text) == ["red x"])
        #expect(line.first?.timestamp == 1_700_000_000_123_456_789)
        #expect(line.first?.stream == .stderr)
        // A TTY stream is one byte stream: chunks split anywhere, also inside the timestamp and the escapes.
        for cut in 0...message.count {
            var assembler = LogLineAssembler(timestamps: true)
            let lines = assembler.feed(OutputChunk(stream: .console, bytes: Array(message[..<cut])))
                + assembler.feed(OutputChunk(stream: .console, bytes: Array(message[cut...])))
            #expect(lines.count == 1 && lines.first?.text == "red x" && lines.first?.timestamp == 1_700_000_000_123_456_789,
                    "cut at \(cut)")
            #expect(lines.first?.runs.first?.style.foreground == .ansi(.red))
        }
    }

    /// Hostile output fed in two chunks, split at every offset, gives the same lines as fed whole.
    @Test func hostileOutputSurvivesEverySplit() {
        let hostile = "ok \u{1b}]52;c;aGVsbG8=\u{07}\u{1b}[2J\u{1b}[31mred\u{1b}P+q\u{1b}\\\u{9b}5A\u{1b}[\n"
            + "next \u{1b}]0;t\u{1b}\\\u{08}\u{07}日本\u{1b}[1m\r\u{1b}[0mover\n\u{1b}"
        let bytes = Array(hostile.utf8) + [0xff, 0x0a]
        var whole = LogLineAssembler()
        let expected = whole.feed(OutputChunk(stream: .stdout, bytes: bytes)) + whole.flush()
        #expect(expected.map(\.text) == ["ok red", "over", "\u{FFFD}"])
        for cut in 0...bytes.count {
            var assembler = LogLineAssembler()
            let lines = assembler.feed(OutputChunk(stream: .stdout, bytes: Array(bytes[..<cut])))
                + assembler.feed(OutputChunk(stream: .stdout, bytes: Array(bytes[cut...]))) + assembler.flush()
            #expect(lines == expected, "cut at \(cut)")
        }
    }

    @Test func engineSplitMessagesJoinAndKeepTheirFirstTime() {
        var assembler = LogLineAssembler(timestamps: true)
        var lines = assembler.feed(OutputChunk(stream: .stdout, bytes: Array("2023-11-14T22:13:20.000000001Z part one, ".utf8)))
        lines += assembler.feed(OutputChunk(stream: .stdout, bytes: Array("2023-11-14T22:13:21.000000000Z part two\n".utf8)))
        #expect(lines.map(\.text) == ["part one, part two"])
        #expect(lines.first?.timestamp == 1_700_000_000_000_000_001)
        // Without timestamps a leading date is just text.
        var plain = LogLineAssembler()
        #expect(plain.feed(OutputChunk(stream: .stdout, bytes: Array("2023-11-14T22:13:20Z x\n".utf8))).first?.text
                == "2023-11-14T22:13:20Z x")
    }
}

/// A small deterministic generator (SplitMix64), so random tests fail the same way every time.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }
}
