import TermRender

/// Select Graphic Rendition: the parameters of `ESC [ … m` applied to a `LogStyle`.
///
/// Kept: reset (0), bold (1), dim (2), underline (4, 21), reverse (7) and their resets (22, 24, 27); foreground
/// colours 30–37, 90–97, 39 and the extended forms `38;5;n`, `38;2;r;g;b`, `38:5:n`, `38:2::r:g:b`.
/// Backgrounds (40–49, 100–107, 48…) and everything else are read past and ignored.
enum SGR {
    static func apply(_ parameters: String, to style: LogStyle) -> LogStyle {
        var style = style
        let groups = parameters.split(separator: ";", omittingEmptySubsequences: false)
        var index = 0
        while index < groups.count {
            let group = groups[index]
            index += 1
            let parts = group.split(separator: ":", omittingEmptySubsequences: false)
            // An empty parameter means 0; one too large to read is skipped.
            guard let code = parts[0].isEmpty ? 0 : Int(parts[0]) else { continue }
            switch code {
            case 38, 48, 58:
                let color: Color?
                if parts.count > 1 {
                    color = extendedColor(parts.dropFirst().map { Int($0) }, colon: true).color
                } else {
                    let rest = groups[index...].map { Int($0) }
                    let (parsed, used) = extendedColor(rest, colon: false)
                    color = parsed
                    index += used
                }
                if code == 38 { style.foreground = color }
            default:
                apply(code, to: &style)
            }
        }
        return style
    }

    private static func apply(_ code: Int, to style: inout LogStyle) {
        switch code {
        case 0: style = .plain
        case 1: style.attributes.insert(.bold)
        case 2: style.attributes.insert(.dim)
        case 4, 21: style.attributes.insert(.underline)
        case 7: style.attributes.insert(.reverse)
        case 22: style.attributes.subtract([.bold, .dim])
        case 24: style.attributes.remove(.underline)
        case 27: style.attributes.remove(.reverse)
        case 30...37: style.foreground = ANSIColor(rawValue: code - 30).map(Color.ansi)
        case 39: style.foreground = nil
        case 90...97: style.foreground = ANSIColor(rawValue: code - 90 + 8).map(Color.ansi)
        default: break
        }
    }

    /// `5;n` or `2;r;g;b` after a 38/48/58 (with `;`), or its `:` form where a colour-space id may sit before
    /// r, g, b. Returns the colour (nil when malformed) and how many `;` parameters it used.
    private static func extendedColor(_ values: [Int?], colon: Bool) -> (color: Color?, used: Int) {
        guard let kind = values.first ?? nil else { return (nil, values.isEmpty ? 0 : 1) }
        switch kind {
        case 5:
            guard values.count >= 2 else { return (nil, values.count) }
            guard let n = values[1], (0...255).contains(n) else { return (nil, 2) }
            return (.indexed(UInt8(n)), 2)
        case 2:
            // ";" form: 2;r;g;b. ":" form: 2:r:g:b or 2:cs:r:g:b (the last three are the colour).
            let components = colon ? Array(values.dropFirst().suffix(3)) : Array(values.dropFirst().prefix(3))
            let used = min(values.count, 4)
            guard components.count == 3 else { return (nil, used) }
            let rgb = components.compactMap { $0 }.filter { (0...255).contains($0) }
            guard rgb.count == 3 else { return (nil, used) }
            return (.rgb(UInt8(rgb[0]), UInt8(rgb[1]), UInt8(rgb[2])), used)
        default:
            return (nil, 1)
        }
    }
}
