import DashCore
import TermRender

/// The frame title of a log: whose it is, whether it moves with new lines, how much history it holds, and the
/// filter and search in force ("Logs: web (following) · tail 200 · all time · & error · /warn 12").
struct LogPaneTitle {
    var log: LogView
    var preferences: LogPreferences
    var glyphs: Glyphs

    var spans: [Span] {
        var spans = [Span("Logs: \(log.name)", .title)]
        if let reason = log.endedReason {
            spans.append(Span(" \(glyphs.dash) \(glyphs.prose(reason))", .textDim))
        } else {
            spans.append(Span(" (\(state))", .textDim))
        }
        var parts = [preferences.tailLabel, preferences.sinceLabel]
        if preferences.display != .colours { parts.append(preferences.display.label) }
        switch log.filter.streams {
        case .both: break
        case .stdout: parts.append("stdout only")
        case .stderr: parts.append("stderr only")
        }
        spans.append(Span(parts.map { " \(glyphs.dot) \($0)" }.joined(), .textDim))
        if let pattern = log.filter.pattern {
            spans.append(Span(" \(glyphs.dot) ", .textDim))
            spans.append(Span("& \(pattern.source)", .filterInput))
        }
        if let search = log.search {
            let count = log.searchIndex?.seqs.count ?? 0
            let scanning = log.isScanning ? glyphs.more : ""
            spans.append(Span(" \(glyphs.dot) ", .textDim))
            spans.append(Span("/\(search.source)", .searchMatch))
            spans.append(Span(" \(count)\(scanning)", .textDim))
        } else if log.isScanning {
            spans.append(Span(" " + glyphs.more, .textDim))
        }
        return spans
    }

    private var state: String {
        if !log.follow { return "paused" }
        return log.isTracking ? "following" : "scrolled back"
    }
}
