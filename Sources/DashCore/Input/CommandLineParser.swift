/// The `:` command line: what has no key (switching panes by name, themes, prune, sort, filter, quit),
/// parsed from the typed text, with completion of command, theme, sort and container names.
public enum CommandLineParser {
    /// What a command line asks for.
    public enum Request: Sendable, Equatable {
        case quit
        case pane(PaneKind)
        case help
        case theme(String)
        case prune
        case sort(SortKey, descending: Bool?)
        case filter(String)
        case refresh
    }

    /// Every command, for completion and help.
    public static let commands = ["containers", "images", "volumes", "filter", "help", "prune", "quit", "refresh", "sort", "theme"]

    public static func parse(_ text: String) -> Result<Request, CommandLineError> {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first?.lowercased() else { return .failure(.empty) }
        let rest = Array(words.dropFirst())
        let matches = commands.filter { $0.hasPrefix(first) }
        let name = (first == "q" || first == "q!") ? "quit" : (commands.contains(first) ? first : (matches.count == 1 ? matches[0] : nil))
        guard let name else {
            return .failure(matches.isEmpty ? .unknown(first) : .ambiguous(first, matches))
        }
        switch name {
        case "quit": return .success(.quit)
        case "containers": return .success(.pane(.containers))
        case "images": return .success(.pane(.images))
        case "volumes": return .success(.pane(.volumes))
        case "help": return .success(.help)
        case "prune": return .success(.prune)
        case "refresh": return .success(.refresh)
        case "filter": return .success(.filter(rest.joined(separator: " ")))
        case "theme":
            guard let theme = rest.first else { return .failure(.missingArgument("theme", "a theme name or path")) }
            return .success(.theme(theme))
        case "sort":
            guard let keyText = rest.first?.lowercased() else {
                return .failure(.missingArgument("sort", SortKey.allCases.map(\.rawValue).joined(separator: "|")))
            }
            guard let key = SortKey.allCases.first(where: { $0.rawValue == keyText || $0.label.lowercased() == keyText }) else {
                return .failure(.badArgument("sort", keyText))
            }
            let order = rest.dropFirst().first?.lowercased()
            return .success(.sort(key, descending: order == "desc" ? true : (order == "asc" ? false : nil)))
        default:
            return .failure(.unknown(first))
        }
    }

    /// Completes the last word of `text`: command names first, then the arguments the command takes.
    /// Returns the completed text and, when several fit, the candidates.
    public static func complete(_ text: String, containers: [String], themes: [String]) -> (text: String, candidates: [String]) {
        let endsWithSpace = text.hasSuffix(" ")
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        let pool: [String]
        switch words.first?.lowercased() {
        case nil: pool = commands
        case "filter"?: pool = containers
        case "theme"?: pool = themes
        case "sort"?: pool = words.count == 1 ? SortKey.allCases.map(\.rawValue) : ["asc", "desc"]
        default: pool = []
        }
        let candidates = pool.filter { $0.lowercased().hasPrefix(partial.lowercased()) }.sorted()
        guard !candidates.isEmpty else { return (text, []) }
        let prefix = commonPrefix(candidates)
        let completed = candidates.count == 1 ? candidates[0] + " " : (prefix.count > partial.count ? prefix : partial)
        return ((words + [completed]).joined(separator: " "), candidates.count == 1 ? [] : candidates)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Why a command line could not be run, in user words.
public enum CommandLineError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case unknown(String)
    case ambiguous(String, [String])
    case missingArgument(String, String)
    case badArgument(String, String)

    public var description: String {
        switch self {
        case .empty: "no command"
        case .unknown(let word): "unknown command \(word) (Tab completes; commands: \(CommandLineParser.commands.joined(separator: ", ")))"
        case .ambiguous(let word, let options): "\(word) could be \(options.joined(separator: " or "))"
        case .missingArgument(let command, let what): ":\(command) needs \(what)"
        case .badArgument(let command, let value): ":\(command) does not know \(value)"
        }
    }
}
