import CNCurses
import TermRender

/// Colour pairs allocated on first use, keyed by (foreground, background) colour numbers.
/// Pair 0 is the terminal's default pair; when the terminal runs out of pairs, further styles use it too.
/// Must only be used on the main actor, like every other curses call.
@MainActor
struct ColorPairCache {
    /// Colours the terminal reports (`COLORS`): 8, 16, 256, or 2^24 for direct-colour terminfo entries.
    let colorCount: Int
    /// Pairs the terminal allows (`COLOR_PAIRS`).
    let pairLimit: Int
    /// Whether `use_default_colors` succeeded, so -1 means "the terminal's own colour".
    let defaultColorsAvailable: Bool
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(colorCount: Int, pairLimit: Int, defaultColorsAvailable: Bool) {
        self.colorCount = colorCount
        self.pairLimit = pairLimit
        self.defaultColorsAvailable = defaultColorsAvailable
    }

    /// The pair number for these colours, allocating it with `init_extended_pair` the first time.
    mutating func pair(foreground: Color, background: Color) -> Int32 {
        let key = PairKey(foreground: number(for: foreground, isForeground: true),
                          background: number(for: background, isForeground: false))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        guard Int(nextPair) < pairLimit, init_extended_pair(nextPair, key.foreground, key.background) == OK else {
            // Out of pairs (or refused): default colours are better than failing to draw.
            return 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// The curses colour number for `color` on this terminal.
    func number(for color: Color, isForeground: Bool) -> Int32 {
        if color == .default {
            // Without use_default_colors, -1 is invalid: fall back to the classic white on black.
            return defaultColorsAvailable ? -1 : (isForeground ? 7 : 0)
        }
        guard colorCount > 256 else {
            return Int32(color.paletteIndex(colorCount: colorCount))
        }
        // Direct-colour terminfo (xterm-direct): numbers below 8 are the ANSI colours, the rest are 0xRRGGBB.
        if case .ansi(let named) = color, named.rawValue < 8 { return Int32(named.rawValue) }
        guard let (r, g, b) = color.rgbComponents else { return -1 }
        // Values below 8 would read as ANSI colours; the nearest direct value is indistinguishable from black.
        return max(8, Int32(r << 16 | g << 8 | b))
    }
}
