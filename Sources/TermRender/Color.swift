/// A terminal colour as a theme names it. The backend maps it down to what the terminal can show.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours.
    case ansi(ANSIColor)
    /// An xterm-256 palette index.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// The 16 ANSI colours; the raw value is the palette index.
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in theme files: "red", "bright_red".
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright_" + base
    }
}

extension Color: CustomStringConvertible {
    /// Parses a theme-file colour: "default", an ANSI name ("red", "bright_red", "bright-red", "gray"),
    /// a palette index "0"…"255", or "#rrggbb".
    public init?(parsing text: String) {
        let lowered = text.trimmingSpaces.lowercased().replacing("-", with: "_")
        if lowered == "default" || lowered == "none" {
            self = .default
        } else if let named = ANSIColor.allCases.first(where: { $0.name == lowered }) {
            self = .ansi(named)
        } else if lowered == "gray" || lowered == "grey" {
            self = .ansi(.brightBlack)
        } else if let index = UInt8(lowered) {
            self = .indexed(index)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = UInt32(lowered.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The theme-file spelling; `Color(parsing: c.description) == c`.
    public var description: String {
        switch self {
        case .default: "default"
        case .ansi(let named): named.name
        case .indexed(let index): String(index)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { $0.hexByte }.joined()
        }
    }
}

extension UInt8 {
    fileprivate var hexByte: String {
        let digits = String(self, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
