/// Work the reducer asks for. The `EffectRunner` executes effects and reports back with actions;
/// long-running ones are keyed so a later effect can cancel them.
public enum Effect: Sendable, Equatable {
    /// Ping and read the version; then `.connected` or `.engineLost`.
    case connect
    /// Wait, then try `.connect` again.
    case reconnect(afterSeconds: Int)
    /// Follow `/events` from `since` (unix seconds) until cancelled or the engine goes away.
    case watchEvents(since: Int64)
    case listContainers
    case listImages
    case listVolumes
    case loadDiskUsage
    case refreshContainer(id: String)
    /// One-shot stats for these running, visible containers.
    case sampleStats(ids: [String])
    /// Stream a log (history, then follow) after `delayMilliseconds`, replacing any other.
    case followLogs(LogRequest, delayMilliseconds: Int)
    case stopLogs
    /// Come back with `.logScanDue` after letting other actions (keys) through: scans run in steps.
    case continueLogScan(stream: Int)
    /// Write these lines to a new file at `path`; `.logSaved` reports.
    case saveLog(path: String, lines: [String])
    /// Put text on the user's clipboard (OSC 52, written by the app that owns the terminal).
    case copyToClipboard(String)
    case inspect(id: String)
    case run(EngineCommand, [CommandTarget])
    /// Remove exactly these previewed objects, checking each is still unused first.
    case prune(PruneRequest)
    /// Switch the colour theme (`:theme`); the app loads it and reports with `.themeApplied`.
    case setTheme(String)
    /// Hand the terminal to a shell, command or attach session (the app runs it).
    case interactive(InteractiveRequest)
    case quit
}
