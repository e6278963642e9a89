import DashCore
import TermRender

/// The characters of a log line's body with the style each is drawn in: the line's role (stdout, stderr), the
/// container's SGR colours (in colour mode), and search matches on top. Lazy: a 1 MB line costs only the
/// characters actually drawn.
struct LogStyledText: IteratorProtocol {
    private var characters: String.Iterator
    private let runs: [LogStyleRun]
    private let highlights: [Range<Int>]
    private let base: Role
    private var offset = 0
    private var run = -1
    private var highlight = 0
    /// Characters read so far: drawing a line reads only what fits (tests check this).
    private(set) var consumed = 0

    /// The text drawn for `line` in `display` mode: the text, or its raw form.
    static func body(_ line: LogLine, display: LogPreferences.Display) -> String {
        display == .raw ? line.raw ?? line.text : line.text
    }

    init(_ line: LogLine, display: LogPreferences.Display, highlights: [Range<Int>]) {
        characters = Self.body(line, display: display).makeIterator()
        runs = display == .colours ? line.runs : []
        self.highlights = highlights
        base = line.stream == .stderr ? .logStderr : .logStdout
    }

    mutating func next() -> (Character, Style)? {
        guard let character = characters.next() else { return nil }
        consumed += 1
        let start = offset
        offset += character.utf8.count
        while run + 1 < runs.count, runs[run + 1].start <= start { run += 1 }
        while highlight < highlights.count, highlights[highlight].upperBound <= start { highlight += 1 }
        if highlight < highlights.count, highlights[highlight].contains(start) {
            return (character, Style(.searchMatch))
        }
        guard run >= 0 else { return (character, Style(base)) }
        let style = runs[run].style
        return (character, Style(base, style.attributes, foreground: style.foreground))
    }
}

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
