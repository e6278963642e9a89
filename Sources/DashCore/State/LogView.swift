/// The log of one container, streamed into the detail area or shown full screen.
public struct LogView: Sendable {
    public var containerID: String
    public var name: String
    public var buffer: LogBuffer
    public var fullScreen = false
    /// Lines scrolled back from the newest; 0 follows the end.
    public var scrollBack = 0
    /// Set when the stream ended (container stopped, engine gone), in user words.
    public var endedReason: String?

    public init(containerID: String, name: String, capacity: Int) {
        self.containerID = containerID
        self.name = name
        self.buffer = LogBuffer(capacity: capacity)
    }
}

/// The inspect view of one container.
public struct InspectView: Sendable, Equatable {
    public var containerID: String
    public var name: String
    public var document: [InspectLine] = []
    public var loading = true
    public var error: String?
    public var scroll = 0

    public init(containerID: String, name: String) {
        self.containerID = containerID
        self.name = name
    }
}

/// One line of the inspect document: a section heading, or a key and its value.
public struct InspectLine: Sendable, Equatable {
    public var key: String
    public var value: String
    public var isHeading: Bool

    public static func heading(_ title: String) -> InspectLine { InspectLine(key: title, value: "", isHeading: true) }
    public static func field(_ key: String, _ value: String) -> InspectLine { InspectLine(key: key, value: value, isHeading: false) }
}
