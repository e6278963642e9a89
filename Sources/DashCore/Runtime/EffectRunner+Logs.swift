import EngineAPI

/// Log streaming: lines are assembled off the main actor and left in a `LogMailbox`; the main actor is asked to
/// pick them up once, and picks them up when it next draws (or at once when nothing paces it).
extension EffectRunner {
    func followLogs(_ request: LogRequest, delayMilliseconds: Int) async {
        if delayMilliseconds > 0 {
            do {
                try await Task.sleep(for: .milliseconds(delayMilliseconds))
            } catch {
                return
            }
        }
        let stream = request.stream
        let mailbox = LogMailbox(stream: stream, capacity: settings.logCapacity, byteCapacity: settings.logByteCapacity)
        logMailbox = mailbox
        let deliver: @Sendable ([LogLine]) async -> Void = { [weak self] lines in
            if mailbox.post(lines) { await self?.logLinesWaiting() }
        }
        let reason = request.sources.count > 1
            ? await Self.streamMerged(request, engine: engine, deliver: deliver)
            : await Self.stream(request, engine: engine, deliver: deliver)
        guard !Task.isCancelled else { return }
        // The last lines go in before the end is announced.
        deliverWaitingLogLines()
        send(.logEnded(stream: stream, reason: reason))
    }

    /// Lines are waiting: the pacer (the app's frame) picks them up, else they are delivered now.
    func logLinesWaiting() {
        if let logPacer { logPacer() } else { deliverWaitingLogLines() }
    }

    /// Hands the lines waiting in the current stream's mailbox to the reducer.
    func deliverWaitingLogLines() {
        guard let mailbox = logMailbox else { return }
        let lines = mailbox.take()
        if !lines.isEmpty { send(.logLinesReceived(stream: mailbox.stream, lines)) }
    }

    /// What the engine is asked for: history by count and age, then follow, always with timestamps.
    nonisolated static func options(_ request: LogRequest) -> LogOptions {
        LogOptions(follow: true, tail: request.tail.map { .lines($0) } ?? .all, since: request.since, timestamps: true)
    }

    /// Reads one container's log until it ends; returns why it ended (nil when the container simply stopped).
    nonisolated static func stream(
        _ request: LogRequest, engine: any DockerEngine, deliver: @escaping @Sendable ([LogLine]) async -> Void
    ) async -> String? {
        guard let source = request.sources.first else { return nil }
        var assembler = LogLineAssembler(timestamps: true)
        do {
            for try await chunk in engine.logs(source.id, options(request), tty: nil) {
                await deliver(assembler.feed(chunk))
            }
            await deliver(assembler.flush())
            return nil
        } catch {
            return Task.isCancelled ? nil : UserText.describe(error)
        }
    }

    /// Reads several logs at once and delivers them as one, in time order (`LogMerger`), every ~50 ms.
    /// Returns why the last stream ended, if one of them broke.
    nonisolated static func streamMerged(
        _ request: LogRequest, engine: any DockerEngine, deliver: @escaping @Sendable ([LogLine]) async -> Void
    ) async -> String? {
        let sink = LogMergeSink(sources: request.sources.count)
        let options = options(request)
        await withTaskGroup(of: Void.self) { group in
            for (index, source) in request.sources.enumerated() {
                group.addTask {
                    var assembler = LogLineAssembler(timestamps: true, source: index)
                    do {
                        for try await chunk in engine.logs(source.id, options, tty: nil) {
                            await sink.add(assembler.feed(chunk), from: index)
                        }
                        await sink.add(assembler.flush(), from: index)
                        await sink.end(index, reason: nil)
                    } catch {
                        let reason = Task.isCancelled ? nil : "\(source.name): \(UserText.describe(error))"
                        await sink.end(index, reason: reason)
                    }
                }
            }
            // The one deliverer: batches go out in order, at most every 50 ms.
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(50))
                    let (lines, finished) = await sink.drain()
                    if !lines.isEmpty { await deliver(lines) }
                    if finished { return }
                }
            }
            await group.waitForAll()
        }
        return await sink.failure
    }

    /// Writes `lines` to a new file at `path` (`~/` is the home directory). Returns the error in user words.
    nonisolated static func write(_ lines: [String], to path: String) async -> String? {
        do {
            try LogFileWriter.write(lines, to: path)
            return nil
        } catch {
            return error.description
        }
    }
}
