import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid. Foundation's `Process` hung here when the
/// child daemonised (tmux) and, started from a concurrency thread, passes on an almost fully blocked
/// signal mask; this resets the mask and signal dispositions, and collects output through a file.
public enum ChildProcess {
    public struct Failure: Error, CustomStringConvertible {
        public let arguments: [String]
        public let reason: String
        public var description: String { "\(arguments.joined(separator: " ")): \(reason)" }
    }

    /// Runs `arguments` (the first is looked up in PATH) and returns its exit status and combined output.
    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "swdash-child-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer { unlink(outputPath) }
        let pid = try spawn(arguments, outputPath: outputPath, environment: environment)
        let code = try wait(pid, arguments)
        return (code, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
    }

    /// Starts `arguments` without waiting; output goes to `outputPath` (or nowhere). End it with `stop`.
    public static func spawn(_ arguments: [String], outputPath: String = "/dev/null", environment: [String: String]? = nil) throws -> pid_t {

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid = pid_t()
        let status = withCStrings(arguments) { argv in
            withCStrings(env) { envp in posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp) }
        }
        guard status == 0 else { throw Failure(arguments: arguments, reason: String(cString: strerror(status))) }
        return pid
    }

    /// The first child of `parent` (e.g. the program a tmux pane's shell started), waiting up to 2.5 s for it.
    public static func firstChild(of parent: pid_t) -> pid_t? {
        for _ in 0..<50 {
            let children = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let pid = pid_t(first) { return pid }
            usleep(50_000)
        }
        return nil
    }

    /// Sends SIGTERM to a child started with `spawn` and reaps it.
    public static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        _ = try? wait(pid, [])
    }

    /// Waits for `pid` and returns its exit status (128 + signal when a signal ended it).
    static func wait(_ pid: pid_t, _ arguments: [String]) throws -> Int32 {
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 {
            guard errno == EINTR else { throw Failure(arguments: arguments, reason: "waitpid: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED/WEXITSTATUS are macros: an exit leaves the low 7 bits zero and the status in the next byte.
        return (exitStatus & 0x7f) == 0 ? (exitStatus >> 8) & 0xff : 128 + (exitStatus & 0x7f)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
