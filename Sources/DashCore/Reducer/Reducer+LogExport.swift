/// Saving (`S`) and copying (`y`) log lines: the reducer picks the lines, effects do the writing.
extension Reducer {
    /// Copies larger than this are cut: terminals refuse or truncate big OSC 52 payloads.
    static let clipboardLimit = 100_000

    static func askWhereToSave(_ state: inout AppState) -> [Effect] {
        guard let log = state.log else { return [] }
        guard !log.visible.isEmpty else {
            state.message = StatusMessage("nothing to save yet", kind: .info, at: state.now)
            return []
        }
        let what = log.filter.isActive ? "save the filtered lines to:" : "save the log to:"
        state.prompt = Prompt(label: what, text: LogExport.fileName(log.name, now: state.now), purpose: .saveLog)
        return []
    }

    static func save(_ state: inout AppState, to path: String) -> [Effect] {
        guard let log = state.log else { return [] }
        guard !path.isEmpty else {
            state.message = StatusMessage("not saved: no file name", kind: .error, at: state.now)
            return []
        }
        let visible = log.visible
        let seqs = (0..<visible.count).lazy.map { visible.seq(at: $0) }
        let lines = LogExport.lines(seqs, in: log, timestamps: state.logPreferences.timestamps)
        state.message = StatusMessage("saving \(lines.count) lines to \(path)…", kind: .busy, at: state.now)
        return [.saveLog(path: path, lines: lines)]
    }

    static func logSaved(_ state: inout AppState, path: String, lines: Int, error: String?) -> [Effect] {
        if let error {
            state.message = StatusMessage("could not save \(path): \(error)", kind: .error, at: state.now)
        } else {
            state.message = StatusMessage("saved \(lines) \(lines == 1 ? "line" : "lines") to \(path)", kind: .info,
                                          at: state.now)
        }
        return []
    }

    static func copyLines(_ state: inout AppState) -> [Effect] {
        guard let log = state.log else { return [] }
        var lines = LogExport.lines(log.selectedSeqs, in: log, timestamps: state.logPreferences.timestamps)
        guard !lines.isEmpty else {
            state.message = StatusMessage("nothing to copy", kind: .info, at: state.now)
            return []
        }
        var total = 0
        var kept = 0
        for line in lines {
            guard total + line.utf8.count + 1 <= clipboardLimit || kept == 0 else { break }
            total += line.utf8.count + 1
            kept += 1
        }
        let droppedLines = kept < lines.count
        lines = Array(lines.prefix(kept))
        var text = lines.joined(separator: "\n")
        // One line alone over the limit is cut inside.
        if text.utf8.count > clipboardLimit { text = String(LogPattern.prefix(text, bytes: clipboardLimit)) }
        let cut = droppedLines || text.utf8.count < total - 1
        state.log?.mark = nil
        let count = lines.count == 1 ? "1 line" : "\(lines.count) lines"
        state.message = StatusMessage("copied \(count) to the clipboard" + (cut ? " (cut to 100 KB)" : ""),
                                      kind: .info, at: state.now)
        return [.copyToClipboard(text)]
    }
}
