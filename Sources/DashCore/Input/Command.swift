/// What a key asks for, independent of which key it was (bindings map keys to commands).
public enum Command: String, Sendable, Hashable, CaseIterable {
    case quit, back, help, refresh, commandLine
    case nextPane, previousPane, showContainers, showImages, showVolumes
    case cursorUp, cursorDown, pageUp, pageDown, top, bottom
    case filter, sortNext, sortReverse, groupByProject, mark, markAll, clearMarks, preset
    case start, stop, restart, pauseToggle, kill, remove, prune
    case logs, inspect, exec, execCommand, attach
    case scrollUp, scrollDown
    case projectLogs
    case toggleFollow, search, searchNext, searchPrevious, filterLog, cycleStreams
    case toggleTimestamps, toggleWrap, scrollLeft, scrollRight, cycleTail, cycleSince, cycleDisplay
    case saveLog, copyLines, markLine

    /// Commands that change something on the engine; `--read-only` refuses them.
    public var mutates: Bool {
        switch self {
        case .start, .stop, .restart, .pauseToggle, .kill, .remove, .prune, .exec, .execCommand, .attach: true
        default: false
        }
    }
}
