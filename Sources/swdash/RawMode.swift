#if canImport(Glibc)
import Glibc
#endif

/// Puts the controlling terminal in raw mode for a shell session and puts it back exactly as it was.
/// `restore()` is idempotent, so every exit path (end of session, SIGHUP, error) may call it.
@MainActor
final class RawMode {
    private var saved: termios?

    /// Saves the current mode and switches to raw: keys go to the container byte by byte, Ctrl-C included.
    func enter() {
        var current = termios()
        guard tcgetattr(0, &current) == 0 else { return }
        saved = current
        var raw = current
        cfmakeraw(&raw)
        _ = tcsetattr(0, TCSADRAIN, &raw)
    }

    func restore() {
        guard var saved else { return }
        _ = tcsetattr(0, TCSADRAIN, &saved)
        self.saved = nil
    }

    /// The terminal's size in rows and columns, from the kernel.
    static func windowSize() -> (rows: Int, columns: Int)? {
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_row), Int(size.ws_col))
    }
}
