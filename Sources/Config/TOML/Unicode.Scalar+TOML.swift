/// Character classes of the TOML grammar and how messages show a character.
extension Unicode.Scalar {
    /// Control characters TOML allows nowhere except as escapes (tab is allowed).
    var isForbiddenControl: Bool {
        (value < 0x20 && value != 0x09) || value == 0x7F
    }

    /// `U+0001`
    var codeText: String {
        "U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// A-Z, a-z, 0-9, `_` and `-`: what a bare key may contain.
    var isBareKeyScalar: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D: true
        default: false
        }
    }

    /// 0…15 for `0-9`, `a-f`, `A-F`.
    var hexDigitValue: UInt32? {
        switch value {
        case 0x30...0x39: value - 0x30
        case 0x41...0x46: value - 0x41 + 10
        case 0x61...0x66: value - 0x61 + 10
        default: nil
        }
    }

    /// `0-9`, `A-Z`, `a-z`.
    var isAlphanumericASCII: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}
