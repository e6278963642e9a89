import CNCurses
import TermRender

extension CursesTerminal {
    /// A paste can queue thousands of keys; stop there so the app gets to draw in between.
    static let maximumKeysPerRead = 1024

    /// Every key waiting on the terminal, without blocking (`wget_wch` in nodelay mode). A terminal size
    /// change appears once as `.resize`, after curses has been resized to match. Call it also when SIGWINCH
    /// arrives: a resize is noticed by comparing with the kernel's size, not only from ncurses' KEY_RESIZE.
    /// Returns `[]` without reading while suspended or after `restore()`.
    public func readKeys() -> [KeyEvent] {
        guard phase == .active else { return [] }
        var keys: [KeyEvent] = []
        if pendingResize || syncSizeWithKernel() {
            pendingResize = false
            keys.append(.resize)
        }
        var value: wint_t = 0
        while keys.count < Self.maximumKeysPerRead {
            let status = wget_wch(window, &value)
            let key: KeyEvent?
            if status == KEY_CODE_YES {
                key = CursesKeyMap.key(functionKey: Int32(bitPattern: value))
            } else if status == OK {
                key = CursesKeyMap.key(character: value)
            } else {
                break
            }
            guard let key else { continue }
            if key == .resize {
                // ncurses has already resized its windows; the terminal itself may have reflowed the old frame.
                forceRedraw()
            }
            CursesKeyMap.append(key, to: &keys)
        }
        return keys
    }
}
