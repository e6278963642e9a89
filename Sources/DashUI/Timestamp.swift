import DashCore

/// Dates as the engine writes them, and ages as people read them. Foundation-free, and never reads the clock:
/// "now" always comes from `AppState.now`.
enum Timestamp {
    /// Seconds since the epoch of an RFC 3339 time ("2024-05-01T10:00:00Z", "2024-05-01T12:00:00.123+02:00");
    /// nil when the text is not one.
    static func parse(_ text: String) -> Double? {
        let scalars = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[start..<(start + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard scalars.count >= 19, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var index = 19
        if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
            index += 1
            while index < scalars.count, scalars[index] >= 48, scalars[index] <= 57 { index += 1 }
        }
        var offset = 0
        if index < scalars.count, scalars[index] == UInt8(ascii: "+") || scalars[index] == UInt8(ascii: "-") {
            guard let hours = number(index + 1, 2), let minutes = number(index + 4, 2) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (scalars[index] == UInt8(ascii: "-") ? -1 : 1)
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset)
    }

    /// "3 days ago", "About an hour ago": Docker's own wording, as `docker images` prints it.
    static func ago(_ seconds: Double, now: Double) -> String {
        LiveStatus.human(max(0, now - seconds)) + " ago"
    }

    /// "2024-05-01 10:00 UTC", for detail views where the exact time matters.
    static func utc(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondsOfDay = total - days * 86_400
        let (year, month, day) = civilFromDays(days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day)) \(two(secondsOfDay / 3600)):\(two(secondsOfDay % 3600 / 60)) UTC"
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        LogTimestamp.daysFromCivil(year: year, month: month, day: day)
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        LogTimestamp.civilFromDays(days)
    }
}
