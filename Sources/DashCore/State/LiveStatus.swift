import EngineAPI

/// Keeps the engine's status text ("Up 5 seconds", "Exited (1) 3 minutes ago") current between events:
/// the age it states is read back and advanced by the time since it was received, so no relisting
/// is needed to keep it true.
public enum LiveStatus {
    public static func text(_ status: String, receivedAt: Double, now: Double) -> String {
        let elapsed = max(0, now - receivedAt)
        guard elapsed >= 1 else { return status }
        if status.hasPrefix("Up ") {
            let rest = String(status.dropFirst(3))
            let (age, suffix) = splitSuffix(rest)
            guard let seconds = parse(age) else { return status }
            return "Up " + human(seconds + elapsed) + suffix
        }
        if status.hasPrefix("Exited ("), let close = status.firstIndex(of: ")") {
            let head = status[...close]
            let rest = status[status.index(after: close)...].trimmingPrefix(" ")
            guard rest.hasSuffix(" ago"), let seconds = parse(String(rest.dropLast(4))) else { return status }
            return head + " " + human(seconds + elapsed) + " ago"
        }
        return status
    }

    /// "2 hours (healthy)" → ("2 hours", " (healthy)").
    static func splitSuffix(_ text: String) -> (String, String) {
        guard let paren = text.firstIndex(of: "(") else { return (text, "") }
        let age = text[..<paren].trimmingSuffixSpaces()
        return (String(age), " " + text[paren...])
    }

    /// Reads Docker's HumanDuration text back into seconds.
    static func parse(_ text: String) -> Double? {
        switch text {
        case "Less than a second": return 0
        case "About a minute": return 60
        case "About an hour": return 3600
        default: break
        }
        let parts = text.split(separator: " ")
        guard parts.count == 2, let n = Double(parts[0]) else { return nil }
        let unit: Double
        switch parts[1].hasSuffix("s") ? String(parts[1].dropLast()) : String(parts[1]) {
        case "second": unit = 1
        case "minute": unit = 60
        case "hour": unit = 3600
        case "day": unit = 86_400
        case "week": unit = 604_800
        case "month": unit = 2_592_000
        case "year": unit = 31_536_000
        default: return nil
        }
        return n * unit
    }

    /// Docker's HumanDuration, so our text reads like the engine's.
    public static func human(_ seconds: Double) -> String {
        let s = Int(seconds)
        switch s {
        case ..<1: return "Less than a second"
        case 1: return "1 second"
        case ..<60: return "\(s) seconds"
        case ..<120: return "About a minute"
        case ..<3600: return "\(s / 60) minutes"
        case ..<7200: return "About an hour"
        case ..<172_800: return "\(s / 3600) hours"
        case ..<1_209_600: return "\(s / 86_400) days"
        case ..<7_776_000: return "\(s / 604_800) weeks"
        case ..<63_072_000: return "\(s / 2_592_000) months"
        default: return "\(s / 31_536_000) years"
        }
    }
}

extension Substring {
    func trimmingSuffixSpaces() -> Substring {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
