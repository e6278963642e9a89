/// Log lines as plain text, the way the view shows them (container name of a merged log, timestamp when shown,
/// the text without colours): what `S` saves and `y` copies.
public enum LogExport {
    public static func text(of line: LogLine, in view: LogView, timestamps: Bool) -> String {
        var out = ""
        if view.isMerged, view.sources.indices.contains(line.source) {
            out += view.sources[line.source].name + " | "
        }
        if timestamps, let time = line.timestamp { out += LogTimestamp.text(time) + " " }
        return out + line.text
    }

    /// The lines `seqs` of `view` that are still kept.
    public static func lines(_ seqs: some Sequence<Int>, in view: LogView, timestamps: Bool) -> [String] {
        seqs.compactMap { seq in view.buffer[seq: seq].map { text(of: $0, in: view, timestamps: timestamps) } }
    }

    /// A file name from a container name: letters, digits, dots, dashes and underscores only.
    public static func fileName(_ name: String, now: Double) -> String {
        let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "-" })
        let trimmed = safe.trimmingCharacters(in: "-.")
        return "./" + (trimmed.isEmpty ? "log" : trimmed) + "-" + LogTimestamp.fileStamp(now) + ".log"
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
