import EngineAPI
import Foundation
import TermRender
import Testing
@testable import DashCore

/// Log effects run for real: merged streams, saving to a file, the clipboard hand-off.
@MainActor
@Suite struct LogStoreTests {
    func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<300 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }

    /// One framed message the way the engine sends it with `timestamps=1`.
    func message(_ second: Int, _ text: String, _ stream: OutputSource = .stdout) -> OutputChunk {
        OutputChunk(stream: stream, bytes: Array("2023-11-14T22:13:\(10 + second).000000000Z \(text)\n".utf8))
    }

    @Test func markedContainersStreamMergedInTimeOrder() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web"), Fixtures.container("c2", "db")])
        engine.state.withLock {
            $0.logChunks["c1"] = [message(1, "web one"), message(3, "web three"), message(5, "web five", .stderr)]
            $0.logChunks["c2"] = [message(2, "db two"), message(4, "db four")]
        }
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        store.start(clock: false)
        try await waitUntil { store.state.containers.count == 2 }
        store.send(.key(.char(" ")))
        store.send(.key(.char(" ")))
        store.send(.key(.char("l")))
        try await waitUntil { store.state.log?.buffer.count == 5 }
        let log = try #require(store.state.log)
        #expect(log.isMerged)
        #expect(log.buffer.lines(0..<5).map(\.text) == ["web one", "db two", "web three", "db four", "web five"])
        #expect(log.buffer.lines(0..<5).map(\.source) == [1, 0, 1, 0, 1])  // db sorts first, so it is source 0
        #expect(log.buffer[4].stream == .stderr)
        store.shutdown()
    }

    @Test func pacedLinesWaitForThePickupAndAskForItOnce() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        engine.state.withLock { $0.logChunks["c1"] = [message(1, "one"), message(2, "two"), message(3, "three")] }
        let store = Store(state: AppState(host: "fake", size: Size(columns: 120, rows: 40), now: 1000), engine: engine)
        var asked = 0
        store.logPacer = { asked += 1 }
        store.start(clock: false)
        try await waitUntil { asked == 1 }
        // Give the reader time to post all three lines: they wait, and nobody is asked twice.
        try await Task.sleep(for: .milliseconds(100))
        #expect(asked == 1)
        #expect(store.state.log?.containerID == "c1")
        #expect(store.state.log?.buffer.count == 0)
        store.deliverWaitingLogLines()
        #expect(store.state.log?.buffer.count == 3)
        store.deliverWaitingLogLines()
        #expect(store.state.log?.buffer.count == 3)
        store.shutdown()
    }

    @Test func saveWritesANewFileAndNeverOverwrites() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        engine.state.withLock { $0.logChunks["c1"] = [message(1, "\u{1b}[31mhello\u{1b}[0m"), message(2, "world")] }
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        store.start(clock: false)
        try await waitUntil { store.state.log?.buffer.count == 2 }
        let path = NSTemporaryDirectory() + "swdash-save-\(UInt32.random(in: 0...UInt32.max)).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        for attempt in 0..<2 {
            store.send(.key(.char("l")))
            store.send(.key(.char("S")))
            store.send(.key(.ctrl("u")))
            for character in path { store.send(.key(.char(character))) }
            store.send(.key(.enter))
            try await waitUntil { store.state.message?.kind != .busy }
            if attempt == 0 {
                #expect(store.state.message?.text == "saved 2 lines to \(path)")
                #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\nworld\n")
            } else {
                #expect(store.state.message?.text.contains("exists already") == true)
            }
        }
        store.shutdown()
    }

    @Test func copyGoesToTheAppsClipboardHandler() async throws {
        let engine = FakeEngine(containers: [Fixtures.container("c1", "web")])
        engine.state.withLock { $0.logChunks["c1"] = [message(1, "copy me")] }
        let store = Store(state: AppState(host: "fake", size: Size(columns: 80, rows: 24), now: 1000), engine: engine)
        var copied: [String] = []
        store.clipboardHandler = { copied.append($0) }
        store.start(clock: false)
        try await waitUntil { store.state.log?.buffer.count == 1 }
        store.send(.key(.char("l")))
        store.send(.key(.char("y")))
        #expect(copied == ["copy me"])
        store.shutdown()
    }
}
