/// The message line: results and errors of actions.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case info
        case busy
        case error
    }

    public var text: String
    public var kind: Kind
    /// Seconds since the epoch when it was shown; info messages fade after a while.
    public var shownAt: Double

    public init(_ text: String, kind: Kind, at: Double) {
        self.text = text
        self.kind = kind
        self.shownAt = at
    }
}
