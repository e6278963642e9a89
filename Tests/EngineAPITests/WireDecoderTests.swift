import Testing
@testable import EngineAPI

@Suite struct WireDecoderTests {
    @Test func logFramesSurviveEverySplit() throws {
        let bytes = try Fixture.bytes("logs-multiplexed.bin")
        let expected = [
            OutputChunk(stream: .stderr, bytes: Array("err1\n".utf8)),
            OutputChunk(stream: .stdout, bytes: Array("out1\n".utf8)),
            OutputChunk(stream: .stdout, bytes: Array("日本語 🐳\n".utf8)),
        ]
        for pieces in everySplit(bytes) {
            var decoder = LogFrameDecoder()
            let chunks = pieces.flatMap { decoder.feed($0) }
            #expect(chunks == expected)
            #expect(decoder.pendingByteCount == 0)
        }
    }

    @Test func logFrameDecoderWaitsForWholeFrame() {
        var decoder = LogFrameDecoder()
        #expect(decoder.feed([1, 0, 0, 0, 0, 0, 0, 3, 65]).isEmpty)
        #expect(decoder.pendingByteCount == 9)
        #expect(decoder.feed([66, 67]) == [OutputChunk(stream: .stdout, bytes: [65, 66, 67])])
    }

    @Test func jsonLinesSurviveEverySplit() throws {
        let all = try Fixture.bytes("events.jsonl")
        // The first few events keep the every-offset loop fast; the whole file is checked in one piece below.
        let lines = all.split(separator: 10).prefix(5)
        let bytes = Array(lines.joined(separator: [10])) + [10]
        for pieces in everySplit(bytes) {
            var decoder = JSONLinesDecoder()
            let decoded = try pieces.flatMap { try decoder.feed($0) }
            #expect(decoded.count == 5)
            #expect(decoded.map { Array($0) } == lines.map { Array($0) })
        }
        var whole = JSONLinesDecoder()
        let events = try whole.feed(all).map { try DockerAPIClient.decodeJSON(EngineEvent.self, $0, endpoint: "GET /events") }
        #expect(events.count == all.split(separator: 10).count)
        #expect(events.contains { $0.type == "container" && $0.action == "start" })
    }

    @Test func jsonLinesKeepsLastLineWithoutNewlineAndCapsLength() throws {
        var decoder = JSONLinesDecoder(maxLine: 8)
        #expect(try decoder.feed(Array("{}\n\n {\"a\"".utf8)) == [Array("{}".utf8)])
        #expect(decoder.finish() == Array(" {\"a\"".utf8))
        #expect(throws: WireError.lineTooLong(limit: 8)) { try decoder.feed(Array("0123456789".utf8)) }
    }

    @Test func chunkedResponseSurvivesEverySplit() throws {
        let bytes = try Fixture.bytes("events-chunked.http") + Array("0\r\n\r\n".utf8)
        var reference = HTTPResponseParser()
        let whole = try reference.feed(bytes)
        let wholeBody = bodyBytes(whole)
        #expect(whole.last == .end)
        for pieces in everySplit(bytes) {
            var parser = HTTPResponseParser()
            let events = try pieces.flatMap { try parser.feed($0) }
            guard case .head(let head) = events.first else {
                Issue.record("no head")
                return
            }
            #expect(head.status == 200 && head.isChunked)
            #expect(bodyBytes(events) == wholeBody)
            #expect(events.last == .end)
            #expect(try parser.finish().isEmpty)
        }
    }

    @Test func contentLengthResponseSurvivesEverySplit() throws {
        let bytes = try Fixture.bytes("containers-list.http")
        for pieces in everySplit(bytes) {
            var parser = HTTPResponseParser()
            var events = try pieces.flatMap { try parser.feed($0) }
            events += try parser.finish()
            let body = bodyBytes(events)
            #expect(body.count == 1516)
            #expect(events.last == .end)
        }
    }

    @Test func truncatedAndGarbageAnswersAreErrorsNotCrashes() throws {
        let bytes = try Fixture.bytes("containers-list.http")
        var parser = HTTPResponseParser()
        _ = try parser.feed(bytes.prefix(bytes.count - 10))
        #expect(throws: WireError.truncated(expected: "10 bytes of body")) { try parser.finish() }

        var garbage = HTTPResponseParser()
        #expect(throws: WireError.malformedHead) { try garbage.feed(Array("SSH-2.0-OpenSSH\r\n\r\n".utf8)) }

        var chunked = HTTPResponseParser()
        #expect(throws: WireError.malformedChunk) {
            try chunked.feed(Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".utf8))
        }
        var noHead = HTTPResponseParser()
        _ = try noHead.feed(Array("HTTP/1.1 200".utf8))
        #expect(throws: WireError.self) { try noHead.finish() }
    }

    @Test func upgradedResponseHandsOverRawBytes() throws {
        var parser = HTTPResponseParser()
        let events = try parser.feed(Array("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n\u{1b}[6n".utf8))
        #expect(events.count == 2)
        #expect(events.last == .body([27, 91, 54, 110]))
        #expect(try parser.feed([1, 2]) == [.body([1, 2])])
        #expect(try parser.finish() == [.end])
    }

    @Test func noBodyStatuses() throws {
        for status in [204, 304] {
            var parser = HTTPResponseParser()
            let events = try parser.feed(Array("HTTP/1.1 \(status) X\r\nContent-Length: 0\r\n\r\n".utf8))
            #expect(events.count == 2 && events.last == .end)
        }
    }
}

func bodyBytes(_ events: [HTTPResponseParser.Event]) -> [UInt8] {
    var bytes: [UInt8] = []
    for case .body(let chunk) in events { bytes += chunk }
    return bytes
}
