/// The RFC 3339 timestamps the engine puts in front of each log line (`timestamps=1`), as nanoseconds since the
/// epoch, and the UTC text shown for them. Pure arithmetic: no clock, no time zone, no Foundation.
public enum LogTimestamp {
    /// Reads `2023-11-14T22:13:20.123456789Z ` (any fraction length, `Z` or `±hh:mm`) at the start of `bytes`.
    /// Returns the time and the bytes used, including the one space after it; nil when the line does not start
    /// with a timestamp.
    public static func parse(_ bytes: some Collection<UInt8>) -> (nanoseconds: Int64, length: Int)? {
        var reader = DigitReader(Array(bytes.prefix(40)))
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
              let day = reader.number(2), reader.skip("T") || reader.skip("t"), let hour = reader.number(2),
              reader.skip(":"), let minute = reader.number(2), reader.skip(":"), let second = reader.number(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var nanos: Int64 = 0
        if reader.skip(".") {
            var digits = 0
            while let digit = reader.number(1) {
                if digits < 9 { nanos = nanos * 10 + Int64(digit) }
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 9) { nanos *= 10 }
        }
        var offset = 0
        if reader.skip("Z") || reader.skip("z") {
            offset = 0
        } else if let sign = reader.sign(), let hours = reader.number(2), reader.skip(":"), let minutes = reader.number(2) {
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        guard reader.skip(" ") else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
        return (seconds * 1_000_000_000 + nanos, reader.position)
    }

    /// "2023-11-14T22:13:20.123Z": UTC, to the millisecond.
    public static func text(_ nanoseconds: Int64) -> String {
        let seconds = nanoseconds.floorDivided(by: 1_000_000_000)
        let millis = Int((nanoseconds - seconds * 1_000_000_000) / 1_000_000)
        return dateTime(seconds, dateSeparator: "-", middle: "T", timeSeparator: ":") + "." + pad(millis, 3) + "Z"
    }

    /// "20231114-221320": UTC, for file names.
    public static func fileStamp(_ seconds: Double) -> String {
        dateTime(Int64(seconds.rounded(.down)), dateSeparator: "", middle: "-", timeSeparator: "")
    }

    private static func dateTime(_ seconds: Int64, dateSeparator: String, middle: String, timeSeparator: String) -> String {
        let days = seconds.floorDivided(by: 86_400)
        let rest = Int(seconds - days * 86_400)
        let (year, month, day) = civilFromDays(Int(days))
        return pad(year, 4) + dateSeparator + pad(month, 2) + dateSeparator + pad(day, 2) + middle
            + pad(rest / 3600, 2) + timeSeparator + pad(rest / 60 % 60, 2) + timeSeparator + pad(rest % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). Shared with the panes'
    /// own date texts, so there is one calendar in the code.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysFromCivil`.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Reads fixed-width decimal fields and separators from ASCII bytes.
private struct DigitReader {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func number(_ width: Int) -> Int? {
        guard position + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<(position + width)] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        position += width
        return value
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}

extension Int64 {
    /// Division rounding towards negative infinity (times before 1970 still format correctly).
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
