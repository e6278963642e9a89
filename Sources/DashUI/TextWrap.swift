import TermRender

/// Greedy word wrapping by display width (CJK counts double); a word longer than a line is cut with the ellipsis.
enum TextWrap {
    static func lines(_ text: String, width: Int, ellipsis: String) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let word = String(word).truncated(toWidth: width, ellipsis: ellipsis)
            if current.isEmpty {
                current = word
            } else if current.displayWidth + 1 + word.displayWidth <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
