extension Character {
    /// Terminal cells this grapheme takes; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.character(self) }
}

extension StringProtocol {
    /// Terminal cells this text takes on one line; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.string(self) }

    /// The longest prefix that fits in `width` cells, ending with `ellipsis` when something was cut.
    /// When even the ellipsis does not fit, the text is cut without it. Wide graphemes are never split.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.displayWidth
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// Exactly `width` cells: truncated with `ellipsis` if too long, padded with spaces as `alignment` says.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .leading, ellipsis: String = "…") -> String {
        let text = truncated(toWidth: width, ellipsis: ellipsis)
        let gap = Swift.max(0, width - text.displayWidth)
        switch alignment {
        case .leading:
            return text + String(repeating: " ", count: gap)
        case .trailing:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// Left-aligned in exactly `width` cells (see `fitted`).
    public func padded(toWidth width: Int, ellipsis: String = "…") -> String {
        fitted(toWidth: width, alignment: .leading, ellipsis: ellipsis)
    }

    /// Right-aligned in exactly `width` cells (see `fitted`).
    public func rightAligned(toWidth width: Int, ellipsis: String = "…") -> String {
        fitted(toWidth: width, alignment: .trailing, ellipsis: ellipsis)
    }

    /// Tabs replaced by spaces up to the next multiple of `tabWidth` columns (log lines carry tabs, cells can't).
    public func expandingTabs(tabWidth: Int = 8) -> String {
        guard contains("\t") else { return String(self) }
        let step = Swift.max(1, tabWidth)
        var result = ""
        var column = 0
        for character in self {
            if character == "\t" {
                let spaces = step - column % step
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.append(character)
                column += character.displayWidth
            }
        }
        return result
    }
}
