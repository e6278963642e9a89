#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import TermRender

/// The real terminal: ncursesw in raw mode, drawing `Screen` diffs with the wide-character API.
///
/// ncurses is not thread-safe and keeps global state, so every curses call in this module happens on the
/// main actor; that is why this class (and `ColorPairCache`) is `@MainActor`. Watch `inputFileDescriptor`
/// for readability (a DispatchSource on `.main`), then call `readKeys()` on the main actor.
@MainActor
public final class CursesTerminal: Terminal {
    /// Where keys come from: the app may watch it for readability. Never read it directly.
    public nonisolated let inputFileDescriptor: Int32 = 0
    /// True when the locale's character set is UTF-8; otherwise only ASCII is drawn.
    public nonisolated let unicode: Bool
    /// Whether colours are in use (requested, and the terminal has them).
    public nonisolated let colorEnabled: Bool
    /// Role colours. Changing it repaints everything on the next flush.
    public var theme: Theme {
        didSet {
            styleCache = [:]
            forceRedraw()
        }
    }

    enum Phase {
        case active
        case suspended
        case closed
    }

    let screenPointer: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    var phase = Phase.active
    /// What the terminal shows now, as far as we know; nil forces a full repaint.
    var lastDrawn: Screen?
    var colorPairs: ColorPairCache?
    var styleCache: [Style: (attributes: attr_t, pair: Int32)] = [:]
    /// A resize noticed outside `readKeys` (e.g. while suspended), reported by the next `readKeys`.
    var pendingResize = false
    private var lastSize: Size

    /// Sets the terminal up: locale, raw mode, no echo, keypad, non-blocking input, hidden cursor, colours.
    public init(options: Options = Options()) throws(TerminalError) {
        for descriptor: Int32 in [0, 1] where isatty(descriptor) != 1 {
            throw .notATerminal(fileDescriptor: descriptor)
        }
        // The locale must be set before curses starts: ncurses and wcwidth read LC_CTYPE for wide characters.
        setlocale(LC_ALL, "")
        let codeset = swdash_codeset().map { String(cString: $0) } ?? ""
        unicode = codeset.uppercased() == "UTF-8" || codeset.uppercased() == "UTF8"
        // newterm, unlike initscr, reports a missing terminfo entry instead of exiting the process.
        guard let screenPointer = newterm(nil, swdash_stdout(), swdash_stdin()), let window = swdash_stdscr() else {
            throw .unsupportedTerminal(term: getenv("TERM").map { String(cString: $0) })
        }
        self.screenPointer = screenPointer
        self.window = window
        _ = set_term(screenPointer)
        // The return codes of these mode switches only say "not supported here"; drawing works regardless.
        _ = raw()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = nodelay(window, true)
        _ = leaveok(window, true)
        _ = set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        // Without this, doupdate abandons a frame half-way whenever a key is waiting.
        _ = typeahead(-1)
        _ = curs_set(0)

        if options.useColor, has_colors() {
            _ = start_color()
            let defaultColors = use_default_colors() == OK
            colorPairs = ColorPairCache(colorCount: Int(swdash_colors()), pairLimit: Int(swdash_color_pairs()),
                                        defaultColorsAvailable: defaultColors)
        }
        colorEnabled = colorPairs != nil
        // Colours of another theme mean nothing without colour; the monochrome roles keep selection visible.
        theme = colorEnabled ? options.theme : .monochrome
        lastSize = Size.zero
        lastSize = currentCursesSize()
        // ncurses flushes its output after every cursor move until the screen has been through one
        // endwin/refresh cycle (`_nc_mvcur` checks `_endwin == ewInitial`), which splits each frame into
        // hundreds of writes of a few bytes: syscalls for us, wake-ups for the terminal, packets over SSH.
        // One cycle now, before anything is drawn, makes every frame a single write.
        _ = endwin()
        _ = wrefresh(window)
        // endwin also switched the keypad to cursor mode (rmkx) and refresh does not switch it back until the
        // next read: without this the first arrow key would arrive as Esc, "[", "B".
        _ = keypad(window, true)
    }

    /// A safety net for exit paths that forget `restore()`: the terminal is not left in raw mode.
    isolated deinit {
        restore()
    }

    /// The size curses works with; updated when a `.resize` key is read.
    public var size: Size {
        guard phase != .closed else { return lastSize }
        lastSize = currentCursesSize()
        return lastSize
    }

    /// Makes the next `flush` clear the terminal and repaint every cell.
    public func forceRedraw() {
        lastDrawn = nil
        guard phase == .active else { return }
        _ = clearok(window, true)
    }

    /// Gives the terminal to a child process: curses' modes are saved and the terminal reset.
    public func suspend() {
        guard phase == .active else { return }
        _ = def_prog_mode()
        _ = endwin()
        phase = .suspended
    }

    /// Takes the terminal back after `suspend()`; the next `flush` repaints everything and a size change
    /// that happened meanwhile is reported as `.resize` by the next `readKeys`.
    public func resume() {
        guard phase == .suspended else { return }
        _ = reset_prog_mode()
        phase = .active
        _ = curs_set(0)
        // As after the start-up cycle: the keypad must be in application mode before the first key is read.
        _ = keypad(window, true)
        forceRedraw()
        if syncSizeWithKernel() { pendingResize = true }
    }

    /// Ends curses and leaves the terminal as it was. Idempotent; after it every other call does nothing.
    public func restore() {
        switch phase {
        case .closed:
            return
        case .active:
            _ = endwin()
        case .suspended:
            break
        }
        phase = .closed
        delscreen(screenPointer)
    }

    func currentCursesSize() -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        swdash_getmaxyx(window, &rows, &columns)
        return Size(columns: Int(max(0, columns)), rows: Int(max(0, rows)))
    }

    /// Compares curses' size with the kernel's and resizes curses when they differ. Catches SIGWINCHs that
    /// ncurses' own handler missed (signal masks, Dispatch signal sources). True when the size changed.
    func syncSizeWithKernel() -> Bool {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard swdash_terminal_size(1, &rows, &columns) == 0, rows > 0, columns > 0 else { return false }
        guard Size(columns: Int(columns), rows: Int(rows)) != currentCursesSize() else { return false }
        _ = resizeterm(rows, columns)
        forceRedraw()
        return true
    }
}
