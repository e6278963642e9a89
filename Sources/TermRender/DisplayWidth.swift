/// How many terminal cells text takes, computed from compiled-in Unicode tables (never libc `wcwidth`,
/// whose answer depends on the process locale).
///
/// Rules, per grapheme cluster (a Swift `Character`):
/// - a cluster holding a control character (C0, DEL, C1, line/paragraph separator) is unprintable:
///   `Screen` draws it as `DisplayWidth.visible(_:)`, one cell;
/// - East Asian Wide/Fullwidth and emoji presentation: 2;
/// - a text-presentation emoji followed by VS16 (U+FE0F): 2; a regional-indicator pair (a flag): 2;
/// - combining marks, ZWJ, variation selectors and other format characters add nothing, so ZWJ
///   sequences and skin-tone modifiers take the width of their first visible scalar;
/// - a cluster made only of such zero-width scalars: 0;
/// - everything else, including East Asian Ambiguous: 1.
public enum DisplayWidth {
    /// Cells taken by one grapheme cluster as it is written (0, 1 or 2); controls count as their visible stand-in (1).
    public static func character(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: printable ASCII, the overwhelmingly common case.
        if scalars.count == 1, first.value >= 0x20, first.value < 0x7F { return 1 }
        if isUnprintable(character) { return 1 }
        var width = 0
        for scalar in scalars {
            width = self.scalar(scalar)
            if width > 0 { break }
        }
        guard width > 0 else { return 0 }
        if width == 1 {
            if scalars.contains("\u{FE0F}"), contains(narrowEmojiBases, first.value) { return 2 }
            if isRegionalIndicator(first), scalars.dropFirst().contains(where: isRegionalIndicator) { return 2 }
        }
        return width
    }

    /// Cells taken by a string written on one line.
    public static func string(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string {
            total += self.character(character)
        }
        return total
    }

    /// Width of a lone scalar by the tables: 0, 1 or 2. Controls report 0 here; see `isUnprintable`.
    public static func scalar(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        if contains(zero, value) { return 0 }
        if contains(wide, value) { return 2 }
        return 1
    }

    /// True when the cluster must never be written raw: it holds C0/C1 controls, DEL, or U+2028/U+2029.
    public static func isUnprintable(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isControl)
    }

    /// True for C0 controls, DEL, C1 controls and the line/paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0x2028 || value == 0x2029
    }

    /// A visible one-cell stand-in for an unprintable cluster: the Control Pictures glyph for C0 and DEL
    /// ("␛" for ESC, "␊" for LF), U+FFFD for everything else.
    public static func visible(_ character: Character) -> Character {
        guard let control = character.unicodeScalars.first(where: isControl) else { return character }
        switch control.value {
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + control.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Binary search in a sorted table of disjoint ranges.
    static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        guard let firstRange = table.first, let lastRange = table.last,
              value >= firstRange.lowerBound, value <= lastRange.upperBound else { return false }
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = table[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
