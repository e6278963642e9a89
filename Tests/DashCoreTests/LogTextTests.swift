import EngineAPI
import Testing
@testable import DashCore

@Suite struct LogTextTests {
    @Test func linesSurviveEverySplit() {
        let bytes = Array("one\ntwo 日本\nthree\u{1b}[31m red\u{1b}[0m\n".utf8)
        for cut in 0...bytes.count {
            var assembler = LogLineAssembler()
            let lines = assembler.feed(OutputChunk(stream: .stdout, bytes: Array(bytes[..<cut])))
                + assembler.feed(OutputChunk(stream: .stdout, bytes: Array(bytes[cut...])))
            #expect(lines.map(\.text) == ["one", "two 日本", "three red"])
        }
    }

    @Test func streamsAreAssembledSeparately() {
        var assembler = LogLineAssembler()
        var lines = assembler.feed(OutputChunk(stream: .stdout, bytes: Array("out-".utf8)))
        lines += assembler.feed(OutputChunk(stream: .stderr, bytes: Array("err\n".utf8)))
        lines += assembler.feed(OutputChunk(stream: .stdout, bytes: Array("end\n".utf8)))
        #expect(lines == [LogLine(stream: .stderr, text: "err"), LogLine(stream: .stdout, text: "out-end")])
    }

    @Test func hostileBytesNeverLeaveAControlCharacter() {
        let hostile: [[UInt8]] = [
            Array("\u{1b}]52;c;aGVsbG8=\u{07}clip".utf8), Array("\u{1b}[2J\u{1b}[Hclear".utf8),
            Array("\u{1b}P+q544e\u{1b}\\dcs".utf8), [0x07, 0x08, 0x7f, 0x9b, 0x32, 0x4a, 0x41], [0xff, 0xfe, 0x41],
            Array("\u{1b}".utf8), Array("\u{1b}[".utf8), Array("title\u{1b}]0;pwned".utf8), Array((0...255).map { UInt8($0) }),
        ]
        for bytes in hostile {
            let text = LogLineAssembler.sanitize(bytes)
            for scalar in text.unicodeScalars {
                #expect(!(scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value)), "control \(scalar.value) in \(text)")
            }
        }
        #expect(LogLineAssembler.sanitize(Array("\u{1b}]52;c;aGVsbG8=\u{07}clip".utf8)) == "clip")
        #expect(LogLineAssembler.sanitize([0xff, 0x41]) == "\u{FFFD}A")
        #expect(LogLineAssembler.sanitize(Array("a\tb".utf8)) == "a       b")
        #expect(LogLineAssembler.sanitize(Array("10%\r50%\r100%".utf8)) == "100%")
    }

    @Test func hugeLinesAreCut() {
        var assembler = LogLineAssembler(maxLineBytes: 1000)
        let lines = assembler.feed(OutputChunk(stream: .stdout, bytes: Array(repeating: 65, count: 2500)))
        #expect(lines.count == 2)
        #expect(assembler.flush().first?.text.count == 500)
    }

    @Test func ringBufferKeepsTheNewest() {
        var buffer = LogBuffer(capacity: 3)
        buffer.append(contentsOf: (1...7).map { LogLine(stream: .stdout, text: "\($0)") })
        #expect(buffer.count == 3 && buffer.dropped == 4 && buffer.totalAppended == 7)
        #expect(buffer.lines(0..<3).map(\.text) == ["5", "6", "7"])
    }

    @Test func statusTextAgesLocally() {
        #expect(LiveStatus.text("Up 5 seconds", receivedAt: 100, now: 110) == "Up 15 seconds")
        #expect(LiveStatus.text("Up About a minute (healthy)", receivedAt: 0, now: 3600) == "Up About an hour (healthy)")
        #expect(LiveStatus.text("Exited (1) 3 minutes ago", receivedAt: 0, now: 120) == "Exited (1) 5 minutes ago")
        #expect(LiveStatus.text("Created", receivedAt: 0, now: 500) == "Created")
        #expect(LiveStatus.text("Up 2 hours (Paused)", receivedAt: 0, now: 3600) == "Up 3 hours (Paused)")
    }

    @Test func oneShotStatsComputeCPUFromConsecutiveSamples() throws {
        func sample(_ total: Int, _ system: Int) throws -> ContainerStats {
            try DockerAPIClient.decodeJSON(
                ContainerStats.self,
                Array(#"{"cpu_stats":{"cpu_usage":{"total_usage":\#(total)},"system_cpu_usage":\#(system),"online_cpus":2}}"#.utf8),
                endpoint: "t")
        }
        let first = StatsSample.next(after: nil, try sample(1000, 10000))
        #expect(first.cpuPercent == nil)
        let second = StatsSample.next(after: first, try sample(2000, 20000))
        #expect(second.cpuPercent == 20)
    }
}
