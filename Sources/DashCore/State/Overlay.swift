/// What sits on top of the lists and takes the keys first.
public enum Overlay: Sendable, Equatable {
    case help
    case confirm(Confirmation)
    /// The cleanup preview, then its progress and results.
    case prune(PrunePlan)
}

/// A y/n question before a destructive command.
public struct Confirmation: Sendable, Equatable {
    public var question: String
    /// A second line: what else will happen (force on running containers, data loss).
    public var warning: String?
    public var command: EngineCommand
    public var targets: [CommandTarget]

    public init(question: String, warning: String? = nil, command: EngineCommand, targets: [CommandTarget]) {
        self.question = question
        self.warning = warning
        self.command = command
        self.targets = targets
    }
}
