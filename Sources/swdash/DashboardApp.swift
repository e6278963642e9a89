import Config
import CursesBackend
import DashCore
import DashUI
import Dispatch
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TermRender

/// Wires the terminal and the store together: keys and signals in, frames out.
/// Frames are coalesced: at most one per `frameInterval`, and none when the screen would not change.
@MainActor
final class DashboardApp {
    let terminal: CursesTerminal
    let store: Store
    let engine: any DockerEngine
    /// The shell or attach session that has the terminal, if any.
    private var session: InteractiveSession?
    private var inputSource: (any DispatchSourceRead)?
    let frameInterval: Double = 0.04
    private var sources: [any DispatchSourceProtocol] = []
    private var frameScheduled = false
    private var lastFrameAt: Double = 0
    private var drawnRevision = -1
    private var lastScreen: Screen?
    private var finish: CheckedContinuation<Int32, Never>?
    private var exitStatus: Int32 = 0

    init(terminal: CursesTerminal, store: Store, engine: any DockerEngine) {
        self.terminal = terminal
        self.store = store
        self.engine = engine
    }

    /// Runs until the user quits or a signal ends the session; the terminal is restored on every path.
    func run() async -> Int32 {
        store.onChange = { [weak self] in self?.scheduleFrame() }
        // Log lines wait for the next frame, which picks them up just before drawing.
        store.logPacer = { [weak self] in self?.scheduleFrame() }
        store.onQuit = { [weak self] in self?.stop(status: 0) }
        store.clipboardHandler = { [weak self] text in self?.terminal.copyToClipboard(text) }
        store.themeHandler = { [weak self] name in
            guard let self else { return nil }
            let load = ThemeLoader(environment: ProcessInfo.processInfo.environment).load(name)
            guard load.source != .builtIn || name == ThemeLoader.defaultName else {
                return "no theme \(name) (themes: \(ThemeLoader(environment: ProcessInfo.processInfo.environment).availableNames().joined(separator: ", ")))"
            }
            self.terminal.theme = load.theme
            self.lastScreen = nil
            return load.warnings.first.map { "theme \(name): \($0)" }
        }
        store.interactiveHandler = { [weak self] request in
            guard let self else { return InteractiveOutcome(request: request, error: "swdash is closing") }
            return await self.runInteractive(request)
        }
        watchInput()
        watchSignals()
        store.start()
        draw()
        let status = await withCheckedContinuation { self.finish = $0 }
        return status
    }

    private func stop(status: Int32) {
        guard let finish else { return }
        self.finish = nil
        for source in sources { source.cancel() }
        sources = []
        store.shutdown()
        // A session in progress (SIGHUP while in a shell) has the terminal in raw mode: undo that first.
        session?.restoreTerminal()
        terminal.restore()
        finish.resume(returning: status)
    }

    private func watchInput() {
        let source = DispatchSource.makeReadSource(fileDescriptor: terminal.inputFileDescriptor, queue: .main)
        source.setEventHandler { [weak self] in
            MainActor.assumeIsolated { self?.readKeys() }
        }
        source.resume()
        sources.append(source)
        inputSource = source
    }

    /// Hands the terminal to a shell or attach session and takes it back afterwards.
    private func runInteractive(_ request: InteractiveRequest) async -> InteractiveOutcome {
        let session = InteractiveSession(engine: engine, terminal: terminal)
        self.session = session
        // Only the session reads the keyboard meanwhile.
        inputSource?.suspend()
        let outcome = await session.run(request)
        self.session = nil
        guard finish != nil else { return outcome }
        terminal.resume()
        inputSource?.resume()
        lastScreen = nil
        readKeys()
        scheduleFrame()
        return outcome
    }

    private func readKeys() {
        guard session == nil else { return }
        let keys = terminal.readKeys()
        for key in keys {
            switch key {
            case .resize:
                store.send(.resized(terminal.size))
                lastScreen = nil
            case .ctrl("l"):
                terminal.forceRedraw()
                lastScreen = nil
                scheduleFrame()
            case .ctrl("z"):
                suspendToShell()
            default:
                store.send(.key(key))
            }
        }
        // A keypress is drawn at once: coalescing is for streams of updates, and a key that waited for the
        // frame budget of the last tick or log batch would feel sluggish.
        if !keys.isEmpty { draw() }
    }

    /// SIGWINCH: a resize; SIGTERM, SIGHUP (the SSH connection dropped), SIGINT: leave cleanly.
    private func watchSignals() {
        let handlers: [(Int32, @MainActor (DashboardApp) -> Void)] = [
            (SIGWINCH, { app in
                if let session = app.session { session.resize() } else { app.readKeys() }
            }),
            (SIGTERM, { $0.stop(status: 143) }),
            (SIGHUP, { $0.stop(status: 129) }),
            (SIGINT, { $0.stop(status: 130) }),
            (SIGCONT, { app in
                app.terminal.resume()
                app.lastScreen = nil
                app.scheduleFrame()
            }),
        ]
        for (signalNumber, handler) in handlers {
            if signalNumber != SIGWINCH && signalNumber != SIGCONT { signal(signalNumber, SIG_IGN) }
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
            source.setEventHandler { [weak self] in
                MainActor.assumeIsolated {
                    guard let self else { return }
                    handler(self)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Ctrl-Z: give the terminal back and stop, as any well-behaved full-screen program does.
    private func suspendToShell() {
        terminal.suspend()
        kill(getpid(), SIGSTOP)
        // Execution continues here after `fg`; SIGCONT also redraws.
        terminal.resume()
        lastScreen = nil
        scheduleFrame()
    }

    private func scheduleFrame() {
        guard !frameScheduled else { return }
        frameScheduled = true
        let now = Date().timeIntervalSince1970
        let wait = max(0, lastFrameAt + frameInterval - now)
        Task { @MainActor [weak self] in
            if wait > 0 { try? await Task.sleep(for: .seconds(wait)) }
            guard let self else { return }
            // A scheduled frame spends the budget whether or not it writes anything: lines that change nothing
            // visible (hidden by a filter, under an overlay, during a shell) must still be picked up at most
            // once per interval. Until the containers are first listed, frames are single steps ("connecting",
            // the engine's version), not a stream, and the list is drawn the moment it arrives.
            if self.store.state.loaded.contains(.containers) { self.lastFrameAt = Date().timeIntervalSince1970 }
            // Picked up while this frame is still marked scheduled, so the lines' own change does not schedule
            // another one.
            self.store.deliverWaitingLogLines()
            self.frameScheduled = false
            self.draw()
        }
    }

    private func draw() {
        guard finish != nil || drawnRevision < 0 else { return }
        // While a shell has the terminal, nothing of ours may be drawn over it.
        guard session == nil else { return }
        guard store.revision != drawnRevision || lastScreen == nil else { return }
        drawnRevision = store.revision
        let screen = DashboardView.render(store.state, unicode: terminal.unicode)
        // Most ticks change nothing visible: then nothing is written to the terminal at all.
        guard screen != lastScreen else { return }
        terminal.flush(screen)
        lastScreen = screen
    }
}
