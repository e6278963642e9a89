import EngineAPI
import EngineClient
import Foundation
import TestEngineSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite(.enabled(if: TestEngine.available, "needs the test engine (scripts/test)"), .timeLimit(.minutes(1)))
struct SystemIntegrationTests {
    @Test func negotiatesAndDescribesTheEngine() async throws {
        let engine = try await TestEngine.client()
        let ping = try await engine.ping()
        let engineVersion = try #require(ping.apiVersion)
        #expect(engine.apiVersion == APIVersion.negotiate(engine: engineVersion))
        let version = try await engine.version()
        #expect(version.apiVersion != nil)
        let info = try await engine.info()
        #expect(info.containers != nil && info.images != nil)
        let df = try await engine.diskUsage()
        #expect(df.images?.contains { $0.repoTags?.contains(TestEngine.image) == true } == true)
    }

    @Test func eventsReportAStartWithinASecond() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("events")
        let started = Date()
        let stream = engine.events(EventFilter(since: Int64(started.timeIntervalSince1970) - 1,
                                               filters: ["type": ["container"], "container": [name]]))
        let watcher = Task {
            for try await event in stream where event.action == "start" {
                return (event, Date())
            }
            throw EngineError.invalidArgument("events stream ended")
        }
        let id = try await TestEngine.run(engine, ["sleep", "30"], name: name)
        let startedAt = Date()
        let (event, seenAt) = try await watcher.value
        #expect(event.actor.id == id)
        #expect(event.actor.attributes["name"] == name)
        #expect(seenAt.timeIntervalSince(startedAt) < 1.0)
        await TestEngine.remove(engine, id)
    }

    @Test func missingSocketSaysIsDockerRunning() async throws {
        do {
            _ = try await LiveEngine.connect(to: .unix(path: "/nonexistent/swdash-\(getpid()).sock"))
            Issue.record("connected to a missing socket")
        } catch let error as EngineError {
            #expect(error == .transport(.socketMissing, host: "unix:///nonexistent/swdash-\(getpid()).sock"))
            #expect(error.description.contains("Is Docker running?"))
        }
    }

    @Test func deadSocketIsRefused() async throws {
        let path = NSTemporaryDirectory() + "swdash-dead-\(getpid()).sock"
        unlink(path)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() where i < raw.count - 1 { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        close(fd)  // the file stays, nobody listens
        defer { unlink(path) }
        await #expect(throws: EngineError.transport(.refused, host: "unix://\(path)")) {
            _ = try await LiveEngine.connect(to: .unix(path: path))
        }
    }
}
