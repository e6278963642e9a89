/// `GET /containers/{id}/json`: everything the inspect view shows. Fields the engine may leave
/// out across API versions are optional, so an older or newer engine never breaks decoding.
public struct ContainerDetails: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var created: String?
    public var path: String?
    public var args: [String]?
    public var state: ContainerState?
    public var image: String?
    public var restartCount: Int?
    public var config: ContainerConfig?
    public var hostConfig: HostConfig?
    public var networkSettings: NetworkSettings?
    public var mounts: [MountPoint]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", created = "Created", path = "Path", args = "Args", state = "State", image = "Image"
        case restartCount = "RestartCount", config = "Config", hostConfig = "HostConfig"
        case networkSettings = "NetworkSettings", mounts = "Mounts"
    }

    /// Whether output is one raw console stream (TTY) or multiplexed stdout/stderr frames.
    public var hasTTY: Bool { config?.tty ?? false }
    public var displayName: String {
        guard let name else { return String(id.prefix(12)) }
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
}

/// The `State` object of an inspected container.
public struct ContainerState: Codable, Sendable, Equatable {
    public var status: String?
    public var running: Bool?
    public var paused: Bool?
    public var restarting: Bool?
    public var oomKilled: Bool?
    public var dead: Bool?
    public var pid: Int?
    public var exitCode: Int?
    public var error: String?
    public var startedAt: String?
    public var finishedAt: String?
    public var health: Health?

    enum CodingKeys: String, CodingKey {
        case status = "Status", running = "Running", paused = "Paused", restarting = "Restarting", oomKilled = "OOMKilled"
        case dead = "Dead", pid = "Pid", exitCode = "ExitCode", error = "Error", startedAt = "StartedAt"
        case finishedAt = "FinishedAt", health = "Health"
    }

    /// Health-check results: starting, healthy or unhealthy, with recent probe output.
    public struct Health: Codable, Sendable, Equatable {
        public var status: String?
        public var failingStreak: Int?
        public var log: [Probe]?
        enum CodingKeys: String, CodingKey { case status = "Status", failingStreak = "FailingStreak", log = "Log" }

        /// One health-check run.
        public struct Probe: Codable, Sendable, Equatable {
            public var start: String?
            public var end: String?
            public var exitCode: Int?
            public var output: String?
            enum CodingKeys: String, CodingKey { case start = "Start", end = "End", exitCode = "ExitCode", output = "Output" }
        }
    }
}

/// A container's `Config`: what it runs and how.
public struct ContainerConfig: Codable, Sendable, Equatable {
    public var hostname: String?
    public var user: String?
    public var env: [String]?
    public var cmd: StringList?
    public var entrypoint: StringList?
    public var image: String?
    public var labels: [String: String]?
    public var tty: Bool?
    public var openStdin: Bool?
    public var workingDir: String?
    public var exposedPorts: [String: EmptyObject]?

    enum CodingKeys: String, CodingKey {
        case hostname = "Hostname", user = "User", env = "Env", cmd = "Cmd", entrypoint = "Entrypoint", image = "Image"
        case labels = "Labels", tty = "Tty", openStdin = "OpenStdin", workingDir = "WorkingDir"
        case exposedPorts = "ExposedPorts"
    }
}

/// `{}` in the API (exposed ports, volumes): present or not, no content.
public struct EmptyObject: Codable, Sendable, Equatable {
    public init() {}
}

/// The parts of `HostConfig` a dashboard shows or sets.
public struct HostConfig: Codable, Sendable, Equatable {
    public var binds: [String]?
    public var networkMode: String?
    public var portBindings: [String: [HostPort]?]?
    public var restartPolicy: RestartPolicy?
    public var autoRemove: Bool?
    public var privileged: Bool?

    enum CodingKeys: String, CodingKey {
        case binds = "Binds", networkMode = "NetworkMode", portBindings = "PortBindings", restartPolicy = "RestartPolicy"
        case autoRemove = "AutoRemove", privileged = "Privileged"
    }

    public init(binds: [String]? = nil, networkMode: String? = nil, portBindings: [String: [HostPort]?]? = nil,
                restartPolicy: RestartPolicy? = nil, autoRemove: Bool? = nil, privileged: Bool? = nil) {
        self.binds = binds
        self.networkMode = networkMode
        self.portBindings = portBindings
        self.restartPolicy = restartPolicy
        self.autoRemove = autoRemove
        self.privileged = privileged
    }
}

/// `no`, `always`, `unless-stopped` or `on-failure` (with a retry count).
public struct RestartPolicy: Codable, Sendable, Equatable {
    public var name: String?
    public var maximumRetryCount: Int?
    enum CodingKeys: String, CodingKey { case name = "Name", maximumRetryCount = "MaximumRetryCount" }
    public init(name: String?, maximumRetryCount: Int? = nil) {
        self.name = name
        self.maximumRetryCount = maximumRetryCount
    }
}

/// A host address a container port is published on.
public struct HostPort: Codable, Sendable, Equatable {
    public var hostIp: String?
    public var hostPort: String?
    enum CodingKeys: String, CodingKey { case hostIp = "HostIp", hostPort = "HostPort" }
    public init(hostIp: String? = nil, hostPort: String?) {
        self.hostIp = hostIp
        self.hostPort = hostPort
    }
}

/// Inspect's `NetworkSettings`: published ports and per-network addresses.
public struct NetworkSettings: Codable, Sendable, Equatable {
    public var ports: [String: [HostPort]?]?
    public var networks: [String: EndpointSettings]?
    public var ipAddress: String?
    enum CodingKeys: String, CodingKey { case ports = "Ports", networks = "Networks", ipAddress = "IPAddress" }
}
