/// What the app needs from a terminal. `CursesTerminal` is the real one; a memory terminal for tests
/// records the last flushed screen. Terminals are driven from the main actor only.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells; changes after a `.resize` key event.
    var size: Size { get }
    /// True when the terminal takes UTF-8; otherwise draw with `BorderSet.ascii` and ASCII labels.
    var unicode: Bool { get }
    /// Every key pressed since the last call, without waiting; `[]` when there is none.
    func readKeys() -> [KeyEvent]
    /// Shows `screen`, writing only what changed since the last flush.
    func flush(_ screen: Screen)
    /// Makes the next `flush` repaint everything (after garbage on the terminal, Ctrl-L).
    func forceRedraw()
    /// Hands the terminal to a child process (a shell). Until `resume()`, `flush` draws nothing and `readKeys`
    /// reads nothing: stdin belongs to the child, so stop watching it for readability too.
    func suspend()
    /// Takes the terminal back after `suspend()`; the next `flush` repaints everything.
    func resume()
    /// Leaves the terminal as it was found. Idempotent; safe on every exit path.
    func restore()
    /// Puts `text` on the user's clipboard with OSC 52 (`ClipboardSequence`), between frames. The only escape
    /// sequence written outside the grid, and only with text the user chose to copy.
    func copyToClipboard(_ text: String)
}
