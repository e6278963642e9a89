import CNCurses
import TermRender

/// Turns what `wget_wch` returns into `KeyEvent`s. Pure: no curses state is read.
enum CursesKeyMap {
    /// The key for a curses function-key code (`wget_wch` returned `KEY_CODE_YES`); nil for keys swdash ignores.
    static func key(functionKey code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default:
            let function = code - swdash_key_f(0)
            return (1...63).contains(function) ? .function(Int(function)) : nil
        }
    }

    /// The key for a character (`wget_wch` returned `OK`). Raw mode delivers control bytes as characters,
    /// so Ctrl-C arrives here as 3 and the app decides what it means. Nil for C1 controls and invalid scalars.
    static func key(character value: UInt32) -> KeyEvent? {
        switch value {
        case 0: return .ctrl(" ")
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26:
            return Unicode.Scalar(0x60 + value).map { .ctrl(Character($0)) }
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80...0x9F: return nil
        default:
            return Unicode.Scalar(value).map { .char(Character($0)) }
        }
    }

    /// Appends a decoded key, gluing combining scalars (skin tones, accents typed as separate code points)
    /// onto the character before them, and keeping a single `.resize` per batch.
    static func append(_ key: KeyEvent, to keys: inout [KeyEvent]) {
        if key == .resize, keys.contains(.resize) { return }
        if case .char(let next) = key, case .char(let previous)? = keys.last {
            let joined = String(previous) + String(next)
            if joined.count == 1, let combined = joined.first {
                keys[keys.count - 1] = .char(combined)
                return
            }
        }
        keys.append(key)
    }
}
