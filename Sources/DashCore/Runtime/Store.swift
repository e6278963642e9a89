import EngineAPI

/// The one owner of `AppState`. Every change goes through `send`, on the main actor; effects are
/// handed to the runner, whose results come back through `send` as actions.
@MainActor
public final class Store {
    public private(set) var state: AppState
    /// Bumped on every action: the render loop draws only when it moved.
    public private(set) var revision = 0
    /// Called after every state change (the app schedules a frame).
    public var onChange: (@MainActor () -> Void)?
    /// Called once when the reducer asks to quit.
    public var onQuit: (@MainActor () -> Void)?
    private var runner: EffectRunner?

    public init(state: AppState, engine: any DockerEngine) {
        self.state = state
        self.runner = nil
        self.runner = EffectRunner(
            engine: engine, settings: state.settings,
            send: { [weak self] action in self?.send(action) },
            quit: { [weak self] in self?.onQuit?() })
    }

    /// Starts the dashboard: the first connection and the clock.
    public func start(clock: Bool = true) {
        let effects = Reducer.start(&state)
        revision += 1
        runner?.run(effects)
        if clock { runner?.startClock() }
    }

    public func send(_ action: Action) {
        let effects = Reducer.reduce(&state, action)
        revision += 1
        onChange?()
        runner?.run(effects)
    }

    /// Runs shells and attach sessions (the app owns the terminal, so it provides this).
    public var interactiveHandler: (@MainActor (InteractiveRequest) async -> InteractiveOutcome)? {
        get { runner?.interactive }
        set { runner?.interactive = newValue }
    }

    /// Puts text on the user's clipboard (the app owns the terminal, so it provides this).
    public var clipboardHandler: (@MainActor (String) -> Void)? {
        get { runner?.clipboard }
        set { runner?.clipboard = newValue }
    }

    /// Switches themes for `:theme` (the app owns the terminal's colours).
    public var themeHandler: (@MainActor (String) -> String?)? {
        get { runner?.applyTheme }
        set { runner?.applyTheme = newValue }
    }

    /// Paces log delivery: called when log lines are waiting; the caller then calls `deliverWaitingLogLines()`
    /// just before it draws. Without a pacer, lines are delivered as they arrive.
    public var logPacer: (@MainActor () -> Void)? {
        get { runner?.logPacer }
        set { runner?.logPacer = newValue }
    }

    /// Reduces the log lines waiting since the last call (see `logPacer`).
    public func deliverWaitingLogLines() {
        runner?.deliverWaitingLogLines()
    }

    /// Cancels every task the runner owns (streams close their connections).
    public func shutdown() {
        runner?.cancelAll()
    }
}
