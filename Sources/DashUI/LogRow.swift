import TermRender

/// One screen row of a log line: cells of one grapheme each, and the columns they take.
struct LogRow {
    var cells: [(character: Character, style: Style)] = []
    var columns = 0

    /// Cells of equal style joined, for writing.
    var segments: [(text: String, style: Style)] {
        var out: [(text: String, style: Style)] = []
        for cell in cells {
            if let last = out.last, last.style == cell.style {
                out[out.count - 1].text.append(cell.character)
            } else {
                out.append((String(cell.character), cell.style))
            }
        }
        return out
    }

    /// Lays `text` out in rows of `width` columns: wrapped onto at most `maxRows` rows, or (with one row) after
    /// skipping `skip` columns. Text that does not fit ends with `ellipsis`. Reads only what fits.
    static func layout(_ text: inout LogStyledText, width: Int, maxRows: Int, skip: Int = 0,
                       ellipsis: Character) -> [LogRow] {
        guard width > 0, maxRows > 0 else { return [] }
        var rows: [LogRow] = []
        var row = LogRow()
        var column = 0
        var spaces = 0
        var spaceStyle = Style(.logStdout)
        while true {
            let character: Character
            let style: Style
            if spaces > 0 {
                spaces -= 1
                (character, style) = (" ", spaceStyle)
            } else if let (next, nextStyle) = text.next() {
                if next == "\t" {
                    // Lines from the parser carry no tabs; any other text gets them expanded here.
                    spaces = tabWidth - column % tabWidth
                    spaceStyle = nextStyle
                    continue
                }
                (character, style) = (next, nextStyle)
            } else {
                break
            }
            let columns = DisplayWidth.character(character)
            if columns == 0 { continue }
            column += columns
            if column <= skip { continue }
            if column - columns < skip {
                // A wide character cut by the left edge shows as padding on its visible half.
                row.append(" ", style, column - skip)
                continue
            }
            if row.columns + columns > width {
                if rows.count + 1 == maxRows {
                    row.end(with: ellipsis, width: width)
                    rows.append(row)
                    return rows
                }
                rows.append(row)
                row = LogRow()
            }
            row.append(character, style, columns)
        }
        rows.append(row)
        return rows
    }

    static let tabWidth = 8

    private mutating func append(_ character: Character, _ style: Style, _ width: Int) {
        cells.append((character, style))
        columns += width
    }

    /// Cuts the row so that `ellipsis` fits at its end, and puts it there.
    private mutating func end(with ellipsis: Character, width: Int) {
        let ellipsisWidth = DisplayWidth.character(ellipsis)
        guard width >= ellipsisWidth else { return }
        let style = cells.last?.style ?? Style(.textDim)
        while columns + ellipsisWidth > width, let last = cells.popLast() {
            columns -= DisplayWidth.character(last.character)
        }
        append(ellipsis, style, ellipsisWidth)
    }
}
