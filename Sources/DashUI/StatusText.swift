import DashCore
import EngineAPI
import TermRender

/// Container status and ports as the containers table shows them.
enum StatusText {
    /// The role of a container's state cell.
    static func role(_ phase: ContainerPhase) -> Role {
        switch phase {
        case .running: .stateRunning
        case .unhealthy: .stateUnhealthy
        case .paused: .statePaused
        case .restarting: .stateRestarting
        case .created: .stateCreated
        case .exited, .dead, .removing, .unknown: .stateExited
        }
    }

    /// Docker's status with short units, for narrow columns: "Up 2 hours (unhealthy)" → "Up 2h (unhealthy)",
    /// "Exited (1) 3 minutes ago" → "Exited (1) 3m ago", "Up About an hour" → "Up 1h".
    static func compact(_ status: String) -> String {
        var text = status
        for (long, short) in [("Less than a second", "<1s"), ("About a minute", "1m"), ("About an hour", "1h")] {
            text = text.replacing(long, with: short)
        }
        let units: [String: String] = [
            "second": "s", "seconds": "s", "minute": "m", "minutes": "m", "hour": "h", "hours": "h",
            "day": "d", "days": "d", "week": "w", "weeks": "w", "month": "mo", "months": "mo",
            "year": "y", "years": "y",
        ]
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            if let unit = units[word], let last = words.last, !last.isEmpty, last.allSatisfy(\.isNumber) {
                words[words.count - 1] = last + unit
            } else {
                words.append(word)
            }
        }
        return words.joined(separator: " ")
    }

    /// Published ports, compactly: "127.0.0.1:8080→80/tcp", "8080→80/tcp" when bound on every address (the IPv4
    /// and IPv6 wildcard bindings Docker lists separately become one), then exposed-only ports ("6379/tcp").
    static func ports(_ ports: [PortBinding], arrow: String) -> String {
        var seen = Set<String>()
        var published: [(Int, String)] = []
        var exposed: [(Int, String)] = []
        for port in ports {
            let text: String
            if let host = port.publicPort {
                let ip = port.ip ?? ""
                let wildcard = ip.isEmpty || ip == "0.0.0.0" || ip == "::"
                text = (wildcard ? "" : (ip.contains(":") ? "[\(ip)]:" : "\(ip):")) + "\(host)\(arrow)\(port.privatePort)/\(port.type)"
            } else {
                text = "\(port.privatePort)/\(port.type)"
            }
            guard seen.insert(text).inserted else { continue }
            if port.publicPort != nil {
                published.append((port.privatePort, text))
            } else {
                exposed.append((port.privatePort, text))
            }
        }
        // A port that is published is not listed again as merely exposed.
        let publishedPrivate = Set(ports.filter { $0.publicPort != nil }.map { "\($0.privatePort)/\($0.type)" })
        exposed.removeAll { publishedPrivate.contains($0.1) }
        let order: ((Int, String), (Int, String)) -> Bool = { ($0.0, $0.1) < ($1.0, $1.1) }
        return (published.sorted(by: order) + exposed.sorted(by: order)).map(\.1).joined(separator: ", ")
    }
}
