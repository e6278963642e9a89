import Foundation
import TestEngineSupport

/// A private tmux server running one command in a pane of a fixed size: keys in, screen text out,
/// the way a person would use the program. Each session has its own server socket, killed at the end.
final class Tmux: @unchecked Sendable {
    // Invariant: used from one test at a time; the fields never change after init.
    let socket: String
    let target = "swdash"

    init(command: String, columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        socket = "swdash-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Tmux.quote($0.value))" }.joined(separator: " ")
        try run(["new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows), "env \(exports) \(command)"])
        try run(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    deinit { kill() }

    /// Types keys (tmux key names: "Enter", "Escape", "Up", "C-c", or literal text).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types text literally, one key per character.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Copies everything the program writes to the terminal, escape codes included, into `path`.
    func record(to path: String) throws {
        try run(["pipe-pane", "-t", target, "-o", "cat > \(Tmux.quote(path))"])
    }

    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// Lets programs in the pane set tmux's clipboard with OSC 52 (tmux keeps it as a paste buffer).
    func acceptClipboard() throws {
        try run(["set-option", "-s", "set-clipboard", "on"])
    }

    /// The newest paste buffer (what OSC 52 last set), or "" when there is none.
    func clipboard() -> String {
        (try? run(["show-buffer"])) ?? ""
    }

    /// Every paste buffer, joined.
    func allBuffers() -> String {
        let names = ((try? run(["list-buffers", "-F", "#{buffer_name}"])) ?? "").split(separator: "\n")
        return names.map { (try? run(["show-buffer", "-b", String($0)])) ?? "" }.joined(separator: "\n")
    }

    /// The pane's title, which OSC 0/2 sequences set.
    func paneTitle() throws -> String {
        try run(["display-message", "-p", "-t", target, "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// The PID of the pane's process.
    func panePID() throws -> pid_t {
        pid_t(try run(["list-panes", "-t", target, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    var isDead: Bool {
        ((try? run(["list-panes", "-t", target, "-F", "#{pane_dead}"])) ?? "1").hasPrefix("1")
    }

    /// Waits until the screen satisfies `condition`; returns the last screen either way.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = try capture()
        while !condition(screen) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            screen = try capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let (status, output) = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
        if status != 0 && !["kill-server", "list-panes", "show-buffer", "list-buffers"].contains(arguments.first ?? "") {
            throw TmuxError(arguments: arguments, output: output)
        }
        return output
    }

    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct TmuxError: Error, CustomStringConvertible {
        let arguments: [String]
        let output: String
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
    }
}

/// Where the built `swdash` is: next to the test bundle in the build directory.
enum Binary {
    static var swdash: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swdash").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/swdash")
                .standardized.path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }
}
