import EngineAPI
import Foundation
import Synchronization

/// Log streaming: lines are assembled off the main actor and delivered in batches, at most about
/// every 50 ms, so a container writing thousands of lines a second costs a few updates a second.
extension EffectRunner {
    func followLogs(_ id: String, tail: Int, delayMilliseconds: Int) async {
        if delayMilliseconds > 0 {
            do {
                try await Task.sleep(for: .milliseconds(delayMilliseconds))
            } catch {
                return
            }
        }
        // The window is measured from when the stream starts, so the runner (not the reducer) reads the clock.
        let since = settings.logSinceSeconds.map { Int64(Date().timeIntervalSince1970) - Int64($0) }
        let reason = await Self.stream(id, tail: tail, since: since, engine: engine) { [weak self] lines in
            await self?.send(.logLinesReceived(containerID: id, lines))
        }
        if !Task.isCancelled { send(.logEnded(containerID: id, reason: reason)) }
    }

    /// Reads the log until it ends; returns why it ended (nil when the container simply stopped).
    nonisolated static func stream(
        _ id: String, tail: Int, since: Int64? = nil, engine: any DockerEngine,
        deliver: @escaping @Sendable ([LogLine]) async -> Void
    ) async -> String? {
        let batcher = LogBatcher(deliver: deliver)
        var assembler = LogLineAssembler()
        do {
            for try await chunk in engine.logs(id, LogOptions(follow: true, tail: .lines(tail), since: since), tty: nil) {
                await batcher.add(assembler.feed(chunk))
            }
            await batcher.add(assembler.flush())
            await batcher.flushNow()
            return nil
        } catch {
            await batcher.flushNow()
            return Task.isCancelled ? nil : UserText.describe(error)
        }
    }
}

/// Collects lines and hands them over at most every `interval`, without a timer running while idle:
/// the first line of a quiet period goes out at once, later ones wait for the window to close.
final class LogBatcher: Sendable {
    private struct State {
        var lines: [LogLine] = []
        var lastFlush: ContinuousClock.Instant?
        var flushScheduled = false
    }

    private let state = Mutex(State())
    private let deliver: @Sendable ([LogLine]) async -> Void
    private let interval: Duration

    init(interval: Duration = .milliseconds(50), deliver: @escaping @Sendable ([LogLine]) async -> Void) {
        self.interval = interval
        self.deliver = deliver
    }

    private enum Decision {
        case flushNow
        case flushAfter(Duration)
        case alreadyScheduled
    }

    func add(_ lines: [LogLine]) async {
        guard !lines.isEmpty else { return }
        let now = ContinuousClock.now
        let decision: Decision = state.withLock { s in
            s.lines += lines
            if s.flushScheduled { return .alreadyScheduled }
            if let last = s.lastFlush, now - last < interval {
                s.flushScheduled = true
                return .flushAfter(interval - (now - last))
            }
            return .flushNow
        }
        switch decision {
        case .flushNow:
            await flushNow()
        case .flushAfter(let wait):
            Task {
                try? await Task.sleep(for: wait)
                await self.flushNow()
            }
        case .alreadyScheduled:
            break
        }
    }

    func flushNow() async {
        let lines: [LogLine] = state.withLock { s in
            defer {
                s.lines = []
                s.flushScheduled = false
                s.lastFlush = ContinuousClock.now
            }
            return s.lines
        }
        if !lines.isEmpty { await deliver(lines) }
    }
}
