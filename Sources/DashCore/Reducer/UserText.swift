import EngineAPI

/// Engine errors in user words: the one place they are phrased for the message line.
public enum UserText {
    public static func describe(_ error: any Error) -> String {
        if let engine = error as? EngineError {
            switch engine {
            case .server(let status, let message, _):
                // The engine's own words are the most precise; the endpoint is noise on a status line.
                return message.isEmpty ? engine.description : message + (status == 304 ? "" : "")
            default:
                return engine.description
            }
        }
        if error is CancellationError { return "cancelled" }
        return String(describing: error)
    }

    /// "could not stop web: container already stopped".
    public static func commandFailed(_ command: EngineCommand, _ target: CommandTarget, _ error: any Error) -> String {
        if let engine = error as? EngineError, engine.isNotModified {
            return "\(target.name) was already \(command.past)"
        }
        return "could not \(command.verb) \(target.name): \(describe(error))"
    }
}
