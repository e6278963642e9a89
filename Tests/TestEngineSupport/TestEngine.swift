import EngineAPI
import EngineClient
import Foundation

/// The private dockerd started by `scripts/test-engine` (through `scripts/test`), found via `SWDASH_TEST_HOST`.
public enum TestEngine {
    public static let image = "swdash-test/busybox:latest"
    public static var hostText: String? { ProcessInfo.processInfo.environment["SWDASH_TEST_HOST"] }
    public static var available: Bool { hostText != nil }
    public static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// The engine socket's path (for relays), when it is a unix socket.
    public static var socketPath: String? {
        guard let hostText, case .unix(let path)? = try? EngineHost.parse(hostText) else { return nil }
        return path
    }

    public static func client() async throws -> DockerAPIClient {
        guard let hostText else { throw EngineError.invalidArgument("SWDASH_TEST_HOST is not set: run scripts/test") }
        return try await LiveEngine.connect(to: try EngineHost.parse(hostText))
    }

    /// A name no other test uses, so tests can run in parallel on one engine.
    public static func uniqueName(_ base: String) -> String {
        "it-\(base)-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Creates a container running `cmd` (and starts it unless `start` is false); returns its id.
    public static func run(
        _ engine: DockerAPIClient, _ cmd: [String], name: String, tty: Bool = false, openStdin: Bool = false,
        labels: [String: String] = [:], start: Bool = true
    ) async throws -> String {
        let created = try await engine.createContainer(
            name: name,
            ContainerCreateRequest(image: image, cmd: cmd, labels: labels, tty: tty, openStdin: openStdin))
        if start { try await engine.startContainer(created.id) }
        return created.id
    }

    /// Best-effort cleanup: a container already gone is fine; anything else is reported on stderr.
    public static func remove(_ engine: DockerAPIClient, _ id: String) async {
        do {
            try await engine.removeContainer(id, force: true, volumes: true)
        } catch let error as EngineError where error.isNotFound {
            // already gone, e.g. removed by the test itself
        } catch {
            FileHandle.standardError.write(Data("warning: cleanup of \(id) failed: \(error)\n".utf8))
        }
    }

    /// Collects a stream's text, per stream, until it ends or contains `needle`.
    public static func text(of stream: EngineStream<OutputChunk>, until needle: String? = nil) async throws
        -> [OutputSource: String]
    {
        var out: [OutputSource: String] = [:]
        for try await chunk in stream {
            out[chunk.stream, default: ""] += String(decoding: chunk.bytes, as: UTF8.self)
            if let needle, out.values.contains(where: { $0.contains(needle) }) { break }
        }
        return out
    }

    /// Polls `condition` until it holds or `timeout` seconds pass.
    public static func eventually(timeout: Double = 10, _ condition: () async throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}
