import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Executes effects against the engine as tasks it owns, keyed so that a newer effect replaces or
/// cancels an older one (one log stream, one events stream, one connection attempt at a time).
/// Results come back only as actions.
@MainActor
final class EffectRunner {
    enum TaskKey: Hashable {
        case connection, events, logs, inspect, diskUsage, clock
        case list(PaneKind)
    }

    let engine: any DockerEngine
    let settings: AppState.Settings
    let send: @MainActor (Action) -> Void
    let quit: @MainActor () -> Void
    /// Runs shells and attach sessions; set by the app, which owns the terminal.
    var interactive: (@MainActor (InteractiveRequest) async -> InteractiveOutcome)?
    /// Loads and applies a theme by name or path (the terminal is the app's); returns what went wrong, if anything.
    var applyTheme: (@MainActor (String) -> String?)?
    /// Puts text on the clipboard (OSC 52 through the terminal); set by the app, which owns the terminal.
    var clipboard: (@MainActor (String) -> Void)?
    /// Asked to pick up waiting log lines soon (the app draws a frame, which picks them up first); without it,
    /// lines are delivered as soon as they arrive.
    var logPacer: (@MainActor () -> Void)?
    /// Where the current log stream leaves its lines.
    var logMailbox: LogMailbox?
    private var tasks: [TaskKey: Task<Void, Never>] = [:]
    private var refreshing: Set<String> = []
    private var refreshAgain: Set<String> = []
    private var statsInFlight = false

    init(engine: any DockerEngine, settings: AppState.Settings, send: @escaping @MainActor (Action) -> Void,
         quit: @escaping @MainActor () -> Void) {
        self.engine = engine
        self.settings = settings
        self.send = send
        self.quit = quit
    }

    func run(_ effects: [Effect]) {
        for effect in effects { execute(effect) }
    }

    func cancelAll() {
        for task in tasks.values { task.cancel() }
        tasks = [:]
    }

    /// A tick about once a second, aligned to whole seconds so relative times change together.
    func startClock() {
        replace(.clock) { runner in
            while !Task.isCancelled {
                let now = Date().timeIntervalSince1970
                runner.send(.tick(now: now))
                try? await Task.sleep(for: .milliseconds(Int((1 - now.truncatingRemainder(dividingBy: 1)) * 1000) + 5))
            }
        }
    }

    private func execute(_ effect: Effect) {
        let engine = self.engine
        switch effect {
        case .connect:
            replace(.connection) { runner in await runner.connect() }
        case .reconnect(let seconds):
            replace(.connection) { runner in
                do {
                    try await Task.sleep(for: .seconds(seconds))
                } catch {
                    return
                }
                await runner.connect()
            }
        case .watchEvents(let since):
            replace(.events) { runner in
                let reason: String
                do {
                    for try await event in engine.events(EventFilter(since: since)) { runner.send(.eventReceived(event)) }
                    reason = "the engine closed the events stream"
                } catch {
                    reason = UserText.describe(error)
                }
                if !Task.isCancelled { runner.send(.engineLost(reason: reason)) }
            }
        case .listContainers:
            list(.containers) { .containersListed(try await engine.listContainers(ContainerListOptions(all: true))) }
        case .listImages:
            list(.images) { .imagesListed(try await engine.listImages(all: false, filters: [:])) }
        case .listVolumes:
            list(.volumes) { .volumesListed(try await engine.listVolumes(filters: [:]).volumes ?? []) }
        case .loadDiskUsage:
            replace(.diskUsage) { runner in
                do {
                    runner.send(.diskUsageLoaded(try await engine.diskUsage()))
                } catch {
                    if !Task.isCancelled { runner.send(.diskUsageFailed(UserText.describe(error))) }
                }
            }
        case .refreshContainer(let id):
            refresh(id)
        case .sampleStats(let ids):
            sampleStats(ids)
        case .followLogs(let request, let delay):
            replace(.logs) { runner in await runner.followLogs(request, delayMilliseconds: delay) }
        case .stopLogs:
            tasks.removeValue(forKey: .logs)?.cancel()
            logMailbox = nil
        case .continueLogScan(let stream):
            // A separate job on the main actor: keys waiting meanwhile are handled first.
            Task { self.send(.logScanDue(stream: stream)) }
        case .saveLog(let path, let lines):
            Task {
                let error = await Self.write(lines, to: path)
                self.send(.logSaved(path: path, lines: lines.count, error: error))
            }
        case .copyToClipboard(let text):
            clipboard?(text)
        case .inspect(let id):
            replace(.inspect) { runner in
                do {
                    runner.send(.inspected(id: id, try await engine.inspectContainer(id)))
                } catch {
                    if !Task.isCancelled { runner.send(.inspectFailed(id: id, UserText.describe(error))) }
                }
            }
        case .run(let command, let targets):
            Task { await self.runCommand(command, targets) }
        case .prune(let request):
            Task { await self.prune(request) }
        case .setTheme(let name):
            let problem = applyTheme.map { $0(name) } ?? "themes need a terminal"
            send(.themeApplied(name: name, problem: problem))
        case .interactive(let request):
            Task {
                let outcome: InteractiveOutcome
                if let interactive {
                    outcome = await interactive(request)
                } else {
                    outcome = InteractiveOutcome(request: request, error: "shells need a terminal")
                }
                send(.interactiveFinished(outcome))
            }
        case .quit:
            cancelAll()
            quit()
        }
    }

    /// Starts `body` under `key`, cancelling whatever ran there before.
    private func replace(_ key: TaskKey, _ body: @escaping @MainActor (EffectRunner) async -> Void) {
        tasks[key]?.cancel()
        tasks[key] = Task { [weak self] in
            guard let self else { return }
            await body(self)
        }
    }

    private func list(_ pane: PaneKind, _ load: @escaping @Sendable () async throws -> Action) {
        replace(.list(pane)) { runner in
            do {
                runner.send(try await load())
            } catch {
                runner.failed(error) { .listFailed(pane, $0) }
            }
        }
    }

    /// Reports `error`: unreachable engines as `.engineLost`, anything else through `other`.
    private func failed(_ error: any Error, _ other: (String) -> Action) {
        guard !Task.isCancelled, !(error is CancellationError) else { return }
        if let engineError = error as? EngineError, engineError.isUnreachable {
            send(.engineLost(reason: UserText.describe(engineError)))
        } else {
            send(other(UserText.describe(error)))
        }
    }

    private func connect() async {
        do {
            let version = try await engine.version()
            send(.connected(version: version, apiVersion: engine.apiVersion.description))
        } catch {
            if !Task.isCancelled { send(.engineLost(reason: UserText.describe(error))) }
        }
    }

    /// One refresh per container at a time; events arriving meanwhile ask for one more afterwards.
    private func refresh(_ id: String) {
        if refreshing.contains(id) {
            refreshAgain.insert(id)
            return
        }
        refreshing.insert(id)
        let engine = self.engine
        Task {
            do {
                let found = try await engine.listContainers(ContainerListOptions(all: true, filters: ["id": [id]]))
                send(.containerRefreshed(id: id, found.first { $0.id == id }))
            } catch {
                failed(error) { .listFailed(.containers, $0) }
            }
            refreshing.remove(id)
            if refreshAgain.remove(id) != nil { refresh(id) }
        }
    }

    /// One-shot samples for the visible running containers, a few at a time; a round still in
    /// flight makes the next one wait, so a slow engine is never flooded.
    private func sampleStats(_ ids: [String]) {
        guard !statsInFlight else { return }
        statsInFlight = true
        let engine = self.engine
        Task {
            await Self.forEach(ids, limit: 4) { id in (id, try? await engine.stats(id, oneShot: true)) } deliver: { result in
                if let stats = result.1 { self.send(.statsSampled(id: result.0, stats)) }
            }
            statsInFlight = false
        }
    }

    private func runCommand(_ command: EngineCommand, _ targets: [CommandTarget]) async {
        let engine = self.engine
        let stopTimeout = settings.stopTimeout
        await Self.forEach(targets, limit: 8) { target -> (CommandTarget, String?) in
            do {
                try await Self.perform(command, on: target.id, engine: engine, stopTimeout: stopTimeout)
                return (target, nil)
            } catch let error as EngineError where error.isNotModified {
                return (target, nil)
            } catch {
                return (target, UserText.commandFailed(command, target, error))
            }
        } deliver: { result in
            self.send(.commandFinished(command, result.0, error: result.1))
        }
    }

    /// Runs `work` on every item with at most `limit` in flight, handing each result over as it comes.
    nonisolated static func forEach<Item: Sendable, Result: Sendable>(
        _ items: [Item], limit: Int, _ work: @escaping @Sendable (Item) async -> Result,
        deliver: @escaping @MainActor (Result) -> Void
    ) async {
        await withTaskGroup(of: Result.self) { group in
            var next = 0
            func add() {
                guard next < items.count else { return }
                let item = items[next]
                next += 1
                group.addTask { await work(item) }
            }
            for _ in 0..<max(1, limit) { add() }
            while let result = await group.next() {
                await deliver(result)
                add()
            }
        }
    }

    nonisolated static func perform(
        _ command: EngineCommand, on id: String, engine: any DockerEngine, stopTimeout: Int?
    ) async throws {
        switch command {
        case .start: try await engine.startContainer(id)
        case .stop: try await engine.stopContainer(id, timeout: stopTimeout)
        case .restart: try await engine.restartContainer(id, timeout: stopTimeout)
        case .pause: try await engine.pauseContainer(id)
        case .unpause: try await engine.unpauseContainer(id)
        case .kill: try await engine.killContainer(id, signal: nil)
        case .removeContainer(let force): try await engine.removeContainer(id, force: force, volumes: false)
        case .removeImage(let force): _ = try await engine.removeImage(id, force: force, noPrune: false)
        case .removeVolume: try await engine.removeVolume(id, force: false)
        }
    }
}
