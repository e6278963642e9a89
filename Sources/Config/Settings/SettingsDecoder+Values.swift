/// Typed readers: each returns the file's value when it is good, else warns and returns the default.
extension SettingsDecoder {
    mutating func wholeNumber(_ value: TOMLValue, key: String, range: ClosedRange<Int>, default fallback: Int) -> Int {
        guard let number = value.integer else {
            warn(value, key: key, "expected a whole number, got \(value.shortText) — using \(fallback)")
            return fallback
        }
        guard range.contains(number) else {
            let bounds = "\(range.lowerBound) to \(range.upperBound)"
            warn(value, key: key, "must be from \(bounds), got \(number) — using \(fallback)")
            return fallback
        }
        return number
    }

    mutating func seconds(
        _ value: TOMLValue, key: String, range: ClosedRange<Double>, default fallback: Double
    ) -> Double {
        let shownFallback = Self.format(fallback)
        guard let number = value.number else {
            warn(value, key: key, "expected a number of seconds, got \(value.shortText) — using \(shownFallback)")
            return fallback
        }
        guard range.contains(number) else {
            warn(
                value, key: key,
                "must be from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound)) seconds, got "
                    + "\(value.shortText) — using \(shownFallback)")
            return fallback
        }
        return number
    }

    mutating func flag(_ value: TOMLValue, key: String, default fallback: Bool) -> Bool {
        guard let flag = value.boolean else {
            warn(value, key: key, "expected true or false, got \(value.shortText) — using \(fallback)")
            return fallback
        }
        return flag
    }

    mutating func since(_ value: TOMLValue, key: String, default fallback: LogSince) -> LogSince {
        guard let text = value.string, let since = LogSince(parsing: text) else {
            warn(
                value, key: key,
                "expected \"all\" or a duration like \"30s\", \"5m\", \"1h\", \"7d\" (up to a year), got "
                    + "\(value.shortText) — using \"\(fallback)\"")
            return fallback
        }
        return since
    }

    /// "auto", an absolute path, or a program name looked up in the container's PATH.
    mutating func shell(_ value: TOMLValue, key: String, default fallback: String?) -> String? {
        guard let text = value.string, !text.isEmpty, !text.unicodeScalars.contains(where: Self.isSpaceOrControl),
              text.hasPrefix("/") || !text.contains("/") else {
            warn(
                value, key: key,
                "expected \"auto\", a path like \"/bin/bash\" or a name like \"zsh\", got \(value.shortText) — using "
                    + "\"\(fallback ?? "auto")\"")
            return fallback
        }
        return ResolvedSettings.shellSetting(text)
    }

    /// A unix socket path or `scheme://address`; the engine client checks the details when it connects.
    mutating func host(_ value: TOMLValue, key: String) -> String? {
        guard let text = value.string, !text.isEmpty, !text.unicodeScalars.contains(where: Self.isSpaceOrControl),
              text.hasPrefix("/") || text.contains("://") else {
            warn(
                value, key: key,
                "expected an address like \"unix:///var/run/docker.sock\" or \"tcp://host:2375\", got "
                    + "\(value.shortText) — using $DOCKER_HOST or the default socket")
            return nil
        }
        return text
    }

    mutating func theme(_ value: TOMLValue, key: String, default fallback: String) -> String {
        guard let text = value.string, !text.isEmpty, !text.unicodeScalars.contains(where: \.isForbiddenControl) else {
            warn(
                value, key: key,
                "expected a theme name or a path to a .toml file, got \(value.shortText) — using \"\(fallback)\"")
            return fallback
        }
        return text
    }

    private static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.isForbiddenControl
    }

    /// `2`, `0.5`: no ".0" on whole numbers.
    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
