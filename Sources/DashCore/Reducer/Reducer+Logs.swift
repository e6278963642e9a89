import EngineAPI
import TermRender

/// The log view: opening and streaming logs, and the keys of the full-screen log.
extension Reducer {
    /// A new view of `sources`, with its stream; the effect starts it after `delay` milliseconds.
    static func openLogView(_ state: inout AppState, sources: [LogSource], name: String, delay: Int) -> [Effect] {
        state.log = LogView(sources: sources, name: name, capacity: state.settings.logCapacity,
                            byteCapacity: state.settings.logByteCapacity)
        return restartLogStream(&state, delay: delay)
    }

    /// (Re)starts the stream of the current view with the current history settings; the buffer starts empty.
    static func restartLogStream(_ state: inout AppState, delay: Int) -> [Effect] {
        guard let sources = state.log?.sources else { return [] }
        state.logStreamCount += 1
        state.log?.restart(stream: state.logStreamCount)
        let preferences = state.logPreferences
        let since = preferences.since.map { Int64(state.now) - Int64($0) }
        let request = LogRequest(stream: state.logStreamCount, sources: sources, tail: preferences.tail, since: since)
        return [.followLogs(request, delayMilliseconds: delay)]
    }

    static func logLinesReceived(_ state: inout AppState, _ stream: Int, _ lines: [LogLine]) -> [Effect] {
        guard state.log?.stream == stream else { return [] }
        state.log?.receive(lines)
        return []
    }

    static func logScanDue(_ state: inout AppState, _ stream: Int) -> [Effect] {
        guard state.log?.stream == stream else { return [] }
        return scanLog(&state)
    }

    /// One step of the scans a new filter or search needs; asks for another step while lines remain.
    static func scanLog(_ state: inout AppState) -> [Effect] {
        guard let stream = state.log?.stream else { return [] }
        let complete = state.log?.scanStep() ?? true
        if state.log?.searchJumpPending == true { jumpToLatestMatch(&state, complete: complete) }
        return complete ? [] : [.continueLogScan(stream: stream)]
    }

    /// The commands bound in the full-screen log view.
    static func logCommand(_ state: inout AppState, _ command: Command) -> [Effect] {
        guard state.log != nil else { return [] }
        let page = state.layout.fullScreenRows
        switch command {
        case .toggleFollow:
            state.log?.toggleFollow()
            let following = state.log?.follow == true
            state.message = StatusMessage(following ? "following" : "paused: new lines are kept and counted",
                                          kind: .info, at: state.now)
        case .search:
            state.prompt = Prompt(label: "/", text: "", purpose: .logSearch)
        case .filterLog:
            state.prompt = Prompt(label: "&", text: state.log?.filter.pattern?.source ?? "", purpose: .logFilter)
        case .searchNext, .searchPrevious:
            jumpToMatch(&state, forward: command == .searchNext, page: page)
        case .cycleStreams:
            guard var filter = state.log?.filter else { return [] }
            filter.streams = filter.streams.next
            state.log?.setFilter(filter)
            let words: [LogFilter.Streams: String] = [.both: "stdout and stderr", .stdout: "stdout only",
                                                      .stderr: "stderr only"]
            state.message = StatusMessage("showing \(words[filter.streams] ?? "")", kind: .info, at: state.now)
            return scanLog(&state)
        case .toggleTimestamps:
            state.logPreferences.timestamps.toggle()
        case .toggleWrap:
            state.logPreferences.wrap.toggle()
            state.log?.column = 0
        case .cycleDisplay:
            state.logPreferences.display = state.logPreferences.display.next
            state.message = StatusMessage("showing lines \(state.logPreferences.display.label)", kind: .info,
                                          at: state.now)
        case .scrollLeft, .scrollRight:
            guard !state.logPreferences.wrap else {
                state.message = StatusMessage("lines wrap: w turns wrapping off to scroll sideways", kind: .info,
                                              at: state.now)
                return []
            }
            let step = max(8, (state.size.columns - 4) / 2)
            state.log?.scrollColumns(by: command == .scrollLeft ? -step : step)
        case .cycleTail:
            state.logPreferences.cycleTail(configured: state.settings.logTail)
            state.message = StatusMessage("\(state.logPreferences.tailLabel): reloading", kind: .info, at: state.now)
            return restartLogStream(&state, delay: 0)
        case .cycleSince:
            state.logPreferences.cycleSince()
            state.message = StatusMessage("\(state.logPreferences.sinceLabel): reloading", kind: .info, at: state.now)
            return restartLogStream(&state, delay: 0)
        case .markLine:
            state.log?.toggleMark()
            state.message = StatusMessage(state.log?.mark == nil ? "mark cleared" : "marked: move and press y to copy the range",
                                          kind: .info, at: state.now)
        case .copyLines:
            return copyLines(&state)
        case .saveLog:
            return askWhereToSave(&state)
        default:
            break
        }
        return []
    }

    /// Moves the selection in the full-screen log (`delta` lines, or to either end).
    static func moveInLog(_ state: inout AppState, by delta: Int) -> [Effect] {
        let page = state.layout.fullScreenRows
        switch delta {
        case Int.min...(-Int(Int32.max)): state.log?.jumpToOldest(page: page)
        case Int(Int32.max)...: state.log?.jumpToNewest()
        default: state.log?.moveCursor(by: delta, page: page)
        }
        return []
    }

    /// Enter in the search, filter or save prompt.
    static func submitLogPrompt(_ state: inout AppState, _ purpose: Prompt.Purpose, _ text: String) -> [Effect] {
        guard state.log != nil else { return [] }
        switch purpose {
        case .logSearch:
            guard !text.isEmpty else {
                state.log?.setSearch(nil)
                state.message = StatusMessage("search cleared", kind: .info, at: state.now)
                return []
            }
            do {
                state.log?.setSearch(try LogPattern(text))
                state.log?.searchJumpPending = true
                return scanLog(&state)
            } catch {
                state.message = StatusMessage(error.description, kind: .error, at: state.now)
            }
        case .logFilter:
            guard var filter = state.log?.filter else { return [] }
            if text.isEmpty {
                filter.pattern = nil
                state.message = StatusMessage("filter cleared", kind: .info, at: state.now)
            } else {
                do {
                    filter.pattern = try LogPattern(text)
                } catch {
                    state.message = StatusMessage(error.description, kind: .error, at: state.now)
                    return []
                }
            }
            state.log?.setFilter(filter)
            return scanLog(&state)
        case .saveLog:
            return save(&state, to: text)
        case .execCommand, .commandLine:
            break
        }
        return []
    }

    private static func jumpToMatch(_ state: inout AppState, forward: Bool, page: Int) {
        guard let log = state.log, log.search != nil else {
            state.message = StatusMessage("no search: / starts one", kind: .info, at: state.now)
            return
        }
        guard let (seq, wrapped) = log.nextMatch(forward: forward) else {
            state.message = StatusMessage("no match for /\(log.search?.source ?? "")", kind: .error, at: state.now)
            return
        }
        state.log?.jump(to: seq, page: page)
        if wrapped {
            state.message = StatusMessage(forward ? "search wrapped to the oldest match" : "search wrapped to the newest match",
                                          kind: .info, at: state.now)
        }
    }

    /// After a new search: the newest match at or above the selected line, once the scan has found one.
    private static func jumpToLatestMatch(_ state: inout AppState, complete: Bool) {
        guard let log = state.log else { return }
        let page = state.layout.fullScreenRows
        let from = log.selectedSeq ?? log.buffer.endSeq
        if let seq = log.latestMatch(atOrBefore: from) ?? (complete ? log.nextMatch(forward: true)?.seq : nil) {
            state.log?.searchJumpPending = false
            state.log?.jump(to: seq, page: page)
        } else if complete {
            state.log?.searchJumpPending = false
            state.message = StatusMessage("no match for /\(log.search?.source ?? "")", kind: .error, at: state.now)
        }
    }
}
