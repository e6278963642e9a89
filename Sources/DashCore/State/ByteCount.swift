/// Byte counts in the words `docker` uses: decimal units ("1.9 MB", "142 MB"), so sizes match `docker images`.
public enum ByteCount {
    private static let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"]

    /// "0 B", "999 B", "1.0 kB", "1.9 MB", "14 MB", "142 MB": one decimal below 10, whole numbers above,
    /// so the text stays at most 6 cells wide. Negative counts (the engine's "unknown") read "?".
    public static func format(_ bytes: Int64) -> String {
        guard bytes >= 0 else { return "?" }
        if bytes < 1000 { return "\(bytes) B" }
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        // Rounding can carry into the next unit (999.96 kB reads "1.0 MB", not "1000 kB").
        if value < 10 {
            let tenths = Int((value * 10).rounded())
            if tenths < 100 { return "\(tenths / 10).\(tenths % 10) \(units[unit])" }
        }
        let whole = Int(value.rounded())
        if whole >= 1000, unit < units.count - 1 { return "1.0 \(units[unit + 1])" }
        return "\(whole) \(units[unit])"
    }

    public static func format(_ bytes: UInt64) -> String {
        format(Int64(clamping: bytes))
    }
}
