import Foundation
import TestEngineSupport

/// A unix-socket relay in front of the test engine, so a test can make "the engine" vanish and come back
/// without stopping the engine every other test shares. Runs `relay.py` (Python's standard library only).
final class EngineRelay: @unchecked Sendable {
    // Invariant: started and stopped from one test; `pid` is only touched there.
    let path: String
    let upstream: String
    private var pid: pid_t?

    init(upstream: String) {
        self.upstream = upstream
        path = NSTemporaryDirectory() + "swdash-relay-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
    }

    var host: String { "unix://\(path)" }

    func start() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("relay.py").path
        pid = try ChildProcess.spawn(["python3", script, path, upstream])
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: path) { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// Ends the relay and every connection through it: to swdash, the engine is gone.
    func stop() {
        guard let pid else { return }
        ChildProcess.stop(pid)
        self.pid = nil
        unlink(path)
    }

    deinit { stop() }
}
