/// A session that takes over the terminal: a shell or command in a container, or an attach.
/// The reducer asks for it; the app (which owns the terminal) runs it and reports the outcome.
public struct InteractiveRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The container's best shell: bash if it has one, else sh.
        case shell
        /// A command given as an argument vector (never through a shell of ours).
        case command([String])
        /// The container's main process (needs a TTY); Ctrl-P Ctrl-Q detaches.
        case attach
    }

    public var kind: Kind
    public var containerID: String
    public var name: String
    /// A shell from the settings (`auto` when nil).
    public var preferredShell: String?

    public init(kind: Kind, containerID: String, name: String, preferredShell: String? = nil) {
        self.kind = kind
        self.containerID = containerID
        self.name = name
        self.preferredShell = preferredShell
    }
}

/// How an interactive session ended.
public struct InteractiveOutcome: Sendable, Equatable {
    public var request: InteractiveRequest
    public var exitCode: Int?
    /// Left with the detach keys; the container keeps running.
    public var detached: Bool
    /// Why it could not run or broke, in user words.
    public var error: String?

    public init(request: InteractiveRequest, exitCode: Int? = nil, detached: Bool = false, error: String? = nil) {
        self.request = request
        self.exitCode = exitCode
        self.detached = detached
        self.error = error
    }

    /// The message-line text.
    public var summary: String {
        if let error { return error }
        let what: String
        switch request.kind {
        case .shell: what = "shell in \(request.name)"
        case .command(let argv): what = "\(argv.first ?? "command") in \(request.name)"
        case .attach: what = "attach to \(request.name)"
        }
        if detached { return "detached from \(request.name); it keeps running" }
        guard let exitCode else { return "\(what) ended" }
        return "\(what) exited with status \(exitCode)"
    }
}

/// A line of text the user is typing at the bottom of the screen (e.g. the command for `E`).
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case execCommand(containerID: String, name: String)
        /// The `:` command line.
        case commandLine
        /// `/` in the log view.
        case logSearch
        /// `&` in the log view.
        case logFilter
        /// `S` in the log view: the path to write to.
        case saveLog

        /// What Enter does, for the footer.
        public var enterLabel: String {
            switch self {
            case .execCommand: "run"
            case .commandLine: "run"
            case .logSearch: "search"
            case .logFilter: "filter"
            case .saveLog: "save"
            }
        }
    }

    public var label: String
    public var text: String
    public var purpose: Purpose

    public init(label: String, text: String = "", purpose: Purpose) {
        self.label = label
        self.text = text
        self.purpose = purpose
    }
}
