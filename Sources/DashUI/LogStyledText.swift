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
