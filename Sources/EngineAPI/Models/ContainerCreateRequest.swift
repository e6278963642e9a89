/// `POST /containers/create` body: the subset a dashboard and its tests need.
public struct ContainerCreateRequest: Codable, Sendable, Equatable {
    public var image: String
    public var cmd: [String]?
    public var entrypoint: [String]?
    public var env: [String]?
    public var labels: [String: String]?
    public var tty: Bool?
    public var openStdin: Bool?
    public var exposedPorts: [String: EmptyObject]?
    public var workingDir: String?
    public var hostConfig: HostConfig?

    enum CodingKeys: String, CodingKey {
        case image = "Image", cmd = "Cmd", entrypoint = "Entrypoint", env = "Env", labels = "Labels", tty = "Tty"
        case openStdin = "OpenStdin", exposedPorts = "ExposedPorts", workingDir = "WorkingDir", hostConfig = "HostConfig"
    }

    public init(image: String, cmd: [String]? = nil, env: [String]? = nil, labels: [String: String]? = nil,
                tty: Bool? = nil, openStdin: Bool? = nil, hostConfig: HostConfig? = nil) {
        self.image = image
        self.cmd = cmd
        self.env = env
        self.labels = labels
        self.tty = tty
        self.openStdin = openStdin
        self.hostConfig = hostConfig
    }
}
