#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses
import TermRender

extension CursesTerminal {
    /// Writes the OSC 52 sequence for `text` straight to the terminal, after whatever curses has buffered, so it
    /// never lands inside a frame. Terminals that do not support OSC 52 ignore it; nothing is drawn.
    public func copyToClipboard(_ text: String) {
        guard phase == .active else { return }
        let bytes = ClipboardSequence.osc52(text)
        let output = swdash_stdout()
        _ = fflush(output)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(1, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    // The terminal is gone or full: the copy is lost, the dashboard goes on.
                    return
                }
            }
        }
    }
}
