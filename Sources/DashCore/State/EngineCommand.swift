/// A change the user asked the engine to make, on one object.
public enum EngineCommand: Sendable, Hashable {
    case start, stop, restart, pause, unpause, kill
    case removeContainer(force: Bool)
    case removeImage(force: Bool)
    case removeVolume

    /// "stopping" while in flight.
    public var progressive: String {
        switch self {
        case .start: "starting"
        case .stop: "stopping"
        case .restart: "restarting"
        case .pause: "pausing"
        case .unpause: "unpausing"
        case .kill: "killing"
        case .removeContainer, .removeImage, .removeVolume: "removing"
        }
    }

    /// "stopped" when done.
    public var past: String {
        switch self {
        case .start: "started"
        case .stop: "stopped"
        case .restart: "restarted"
        case .pause: "paused"
        case .unpause: "unpaused"
        case .kill: "killed"
        case .removeContainer, .removeImage, .removeVolume: "removed"
        }
    }

    /// "stop" for error messages: "could not stop web: …".
    public var verb: String {
        switch self {
        case .start: "start"
        case .stop: "stop"
        case .restart: "restart"
        case .pause: "pause"
        case .unpause: "unpause"
        case .kill: "kill"
        case .removeContainer, .removeImage, .removeVolume: "remove"
        }
    }
}

/// One object an engine command acts on: the id to call with and the name to tell the user.
public struct CommandTarget: Sendable, Hashable {
    public var id: String
    public var name: String
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
