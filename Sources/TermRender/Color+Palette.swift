/// Mapping theme colours onto what a terminal offers: 256, 16 or 8 colours.
extension Color {
    /// The palette number to hand to the terminal for a terminal with `colorCount` colours;
    /// -1 means "the terminal's default". RGB and 256-colour values fall back to the nearest colour available.
    public func paletteIndex(colorCount: Int) -> Int {
        switch self {
        case .default:
            return -1
        case .ansi(let named):
            // On 8 colours, "bright black" (grey) must not become black: it would vanish on dark terminals.
            if colorCount >= 16 { return named.rawValue }
            return Color.nearestANSI(to: Color.ansiRGB[named.rawValue], colorCount: 8)
        case .indexed(let index):
            if colorCount >= 256 { return Int(index) }
            if index < 16, let named = ANSIColor(rawValue: Int(index)) {
                return Color.ansi(named).paletteIndex(colorCount: colorCount)
            }
            return Color.nearestANSI(to: Color.rgbOfPaletteIndex(Int(index)), colorCount: colorCount)
        case .rgb(let r, let g, let b):
            let value = (Int(r), Int(g), Int(b))
            if colorCount >= 256 { return Color.nearest256(to: value) }
            return Color.nearestANSI(to: value, colorCount: colorCount)
        }
    }

    /// The colour as RGB, using xterm's default palette for ANSI and indexed colours; nil for `.default`.
    public var rgbComponents: (red: Int, green: Int, blue: Int)? {
        switch self {
        case .default: return nil
        case .ansi(let named): return Color.rgbOfPaletteIndex(named.rawValue)
        case .indexed(let index): return Color.rgbOfPaletteIndex(Int(index))
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        }
    }

    /// xterm's default RGB for the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The levels of each axis of the xterm 6×6×6 colour cube.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB xterm shows for a 256-palette index.
    static func rgbOfPaletteIndex(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16:
            return ansiRGB[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let level = 8 + 10 * (min(index, 255) - 232)
            return (level, level, level)
        }
    }

    /// The closest of the 240 fixed xterm colours (cube and grey ramp; the 16 ANSI ones vary by terminal).
    static func nearest256(to rgb: (Int, Int, Int)) -> Int {
        func cubeStep(_ value: Int) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
        }
        let cube = 16 + 36 * cubeStep(rgb.0) + 6 * cubeStep(rgb.1) + cubeStep(rgb.2)
        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let grey = 232 + min(23, max(0, (average - 8 + 5) / 10))
        return distance(rgbOfPaletteIndex(grey), rgb) < distance(rgbOfPaletteIndex(cube), rgb) ? grey : cube
    }

    /// The closest ANSI colour among the first 16 (or 8). Greys only match greys: by plain distance a mid grey
    /// is nearer to yellow than to white.
    static func nearestANSI(to rgb: (Int, Int, Int), colorCount: Int) -> Int {
        let neutral = max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 32
        let all = colorCount >= 16 ? Array(0..<16) : Array(0..<8)
        let candidates = neutral ? all.filter { [0, 7, 8, 15].contains($0) } : all
        return candidates.min { distance(ansiRGB[$0], rgb) < distance(ansiRGB[$1], rgb) } ?? 0
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
