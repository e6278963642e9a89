import TermRender

/// The binding tables: the single source for key handling, footer hints, the help overlay and the
/// README key table.
public struct Keymap: Sendable, Equatable {
    public var bindings: [Binding]

    public init(bindings: [Binding] = Keymap.defaultBindings) {
        self.bindings = bindings
    }

    /// Where keys are being interpreted right now.
    public enum Context: Sendable, Equatable {
        case list(PaneKind)
        case logView
        case inspectView
    }

    /// The command for `key` in `context`: the most specific scope wins.
    public func command(for key: KeyEvent, in context: Context) -> Command? {
        let scopes = Self.scopes(for: context)
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// Every binding that applies in `context`, most specific first (for help and hints).
    public func bindings(in context: Context) -> [Binding] {
        Self.scopes(for: context).flatMap { scope in bindings.filter { $0.scope == scope } }
    }

    /// The bindings that really apply in `context`: keys a more specific binding already claims are taken
    /// out (in the log view `q` goes back, so "q quit" is not offered there), and bindings left without keys
    /// are dropped. Footer hints and the help overlay show exactly these.
    public func effectiveBindings(in context: Context) -> [Binding] {
        var claimed = Set<KeyEvent>()
        var result: [Binding] = []
        for binding in bindings(in: context) {
            var kept = binding
            kept.keys = binding.keys.filter { !claimed.contains($0) }
            claimed.formUnion(binding.keys)
            if !kept.keys.isEmpty { result.append(kept) }
        }
        return result
    }

    static func scopes(for context: Context) -> [Binding.Scope] {
        switch context {
        case .list(let pane): [.pane(pane), .lists, .global]
        case .logView: [.logView, .global]
        case .inspectView: [.inspectView, .global]
        }
    }

    public static let defaultBindings: [Binding] = [
        // Pane-specific first, so the footer reads "what can I do here" before navigation.
        Binding([.char("u")], .start, "start", scope: .pane(.containers)),
        Binding([.char("s")], .stop, "stop", scope: .pane(.containers)),
        Binding([.char("r")], .restart, "restart", scope: .pane(.containers)),
        Binding([.char("p")], .pauseToggle, "pause", scope: .pane(.containers)),
        Binding([.char("K")], .kill, "kill", scope: .pane(.containers)),
        Binding([.char("d")], .remove, "remove", scope: .pane(.containers)),
        Binding([.char("l"), .enter], .logs, "logs", scope: .pane(.containers)),
        Binding([.char("i")], .inspect, "inspect", scope: .pane(.containers)),
        Binding([.char("e")], .exec, "shell", scope: .pane(.containers)),
        Binding([.char("E")], .execCommand, "run command", scope: .pane(.containers), hint: false),
        Binding([.char("a")], .attach, "attach", scope: .pane(.containers), hint: false),
        Binding([.char(" ")], .mark, "mark", scope: .pane(.containers)),
        Binding([.char("c")], .groupByProject, "group by project", scope: .pane(.containers), hint: false),
        Binding([.char("P")], .prune, "prune", scope: .pane(.containers)),
        Binding([.char("d")], .remove, "remove", scope: .pane(.images)),
        Binding([.char("P")], .prune, "prune", scope: .pane(.images)),
        Binding([.char(" ")], .mark, "mark", scope: .pane(.images)),
        Binding([.char("d")], .remove, "remove", scope: .pane(.volumes)),
        Binding([.char("P")], .prune, "prune", scope: .pane(.volumes)),
        Binding([.char(" ")], .mark, "mark", scope: .pane(.volumes)),
        Binding([.char("L")], .projectLogs, "compose project logs", scope: .pane(.containers), hint: false),
        Binding([.escape, .char("q")], .back, "back", scope: .logView),
        Binding([.char("f")], .toggleFollow, "follow", scope: .logView),
        Binding([.char("/")], .search, "search", scope: .logView),
        Binding([.char("&")], .filterLog, "filter", scope: .logView),
        Binding([.char("S")], .saveLog, "save", scope: .logView),
        Binding([.char("y")], .copyLines, "copy", scope: .logView),
        Binding([.char("w")], .toggleWrap, "wrap", scope: .logView),
        Binding([.char("t")], .toggleTimestamps, "timestamps", scope: .logView),
        Binding([.char("n")], .searchNext, "next match", scope: .logView, hint: false),
        Binding([.char("N")], .searchPrevious, "previous match", scope: .logView, hint: false),
        Binding([.char("o")], .cycleStreams, "stdout/stderr/both", scope: .logView, hint: false),
        Binding([.char("T")], .cycleTail, "tail 200/1k/10k/all", scope: .logView, hint: false),
        Binding([.char("s")], .cycleSince, "since 5m/1h/24h/all", scope: .logView, hint: false),
        Binding([.char("c")], .cycleDisplay, "colours/raw/plain", scope: .logView, hint: false),
        Binding([.char("v")], .markLine, "mark range to copy", scope: .logView, hint: false),
        Binding([.char("h"), .left], .scrollLeft, "scroll left", scope: .logView, hint: false),
        Binding([.char("l"), .right], .scrollRight, "scroll right", scope: .logView, hint: false),
        Binding([.char("k"), .up], .scrollUp, "scroll up", scope: .logView, hint: false),
        Binding([.char("j"), .down], .scrollDown, "scroll down", scope: .logView, hint: false),
        Binding([.escape, .char("q")], .back, "back", scope: .inspectView),
        Binding([.char("k"), .up], .scrollUp, "scroll up", scope: .inspectView, hint: false),
        Binding([.char("j"), .down], .scrollDown, "scroll down", scope: .inspectView, hint: false),
        // Everywhere.
        Binding([.char("/")], .filter, "filter", scope: .lists),
        Binding([.char("F")], .preset, "stopped/unused", scope: .lists),
        Binding([.char("*")], .markAll, "mark all shown", scope: .lists, hint: false),
        Binding([.char("U")], .clearMarks, "clear marks", scope: .lists, hint: false),
        Binding([.char("o")], .sortNext, "sort", scope: .lists),
        Binding([.char("O")], .sortReverse, "reverse sort", scope: .lists, hint: false),
        Binding([.char("?")], .help, "help"),
        Binding([.char(":")], .commandLine, "command line", hint: false),
        Binding([.char("q")], .quit, "quit"),
        Binding([.char("1")], .showContainers, "containers", hint: false),
        Binding([.char("2")], .showImages, "images", hint: false),
        Binding([.char("3")], .showVolumes, "volumes", hint: false),
        Binding([.tab], .nextPane, "next pane", hint: false),
        Binding([.backTab], .previousPane, "previous pane", hint: false),
        Binding([.char("k"), .up], .cursorUp, "up", hint: false),
        Binding([.char("j"), .down], .cursorDown, "down", hint: false),
        Binding([.pageUp], .pageUp, "page up", hint: false),
        Binding([.pageDown], .pageDown, "page down", hint: false),
        Binding([.char("g"), .home], .top, "first", hint: false),
        Binding([.char("G"), .end], .bottom, "last", hint: false),
        Binding([.char("R"), .ctrl("r")], .refresh, "reload everything", hint: false),
        Binding([.escape], .back, "close / clear filter", hint: false),
    ]
}
