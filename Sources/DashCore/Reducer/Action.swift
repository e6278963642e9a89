import EngineAPI
import TermRender

/// Everything that can happen: keys, the clock, and facts from the engine or from finished work.
/// Intents come in as keys; facts are named in the past tense.
public enum Action: Sendable {
    case key(KeyEvent)
    case resized(Size)
    /// The clock, about once a second; carries the time so the reducer never reads it.
    case tick(now: Double)

    case connected(version: SystemVersion, apiVersion: String)
    case engineLost(reason: String)
    case containersListed([ContainerSummary])
    case imagesListed([ImageSummary])
    case volumesListed([Volume])
    case diskUsageLoaded(DiskUsage)
    case diskUsageFailed(String)
    case listFailed(PaneKind, String)
    /// A refreshed summary, or nil when the container no longer exists.
    case containerRefreshed(id: String, ContainerSummary?)
    case eventReceived(EngineEvent)
    case statsSampled(id: String, ContainerStats)
    /// A batch of lines from log stream `stream` (`LogRequest.stream`).
    case logLinesReceived(stream: Int, [LogLine])
    case logEnded(stream: Int, reason: String?)
    /// Time for the next step of a filter or search scan over the lines already in view `stream`.
    case logScanDue(stream: Int)
    /// A log was written to `path` (or could not be: `error`).
    case logSaved(path: String, lines: Int, error: String?)
    case inspected(id: String, ContainerDetails)
    case inspectFailed(id: String, String)
    case commandFinished(EngineCommand, CommandTarget, error: String?)
    case interactiveFinished(InteractiveOutcome)
    /// A theme was switched (`:theme`); `problem` names what could not be read.
    case themeApplied(name: String, problem: String?)
    case pruneItemFinished(id: String, PrunePlan.Outcome)
    case buildCachePruned(freed: Int64?, error: String?)
}
