/// `POST /containers/{id}/exec` body.
public struct ExecConfig: Codable, Sendable, Equatable {
    public var attachStdin: Bool
    public var attachStdout: Bool
    public var attachStderr: Bool
    public var tty: Bool
    /// The command as an argument vector: never passed through a shell by us.
    public var cmd: [String]
    public var env: [String]?
    public var workingDir: String?
    public var user: String?
    /// `[height, width]`, honoured from API 1.42 on.
    public var consoleSize: [Int]?

    enum CodingKeys: String, CodingKey {
        case attachStdin = "AttachStdin", attachStdout = "AttachStdout", attachStderr = "AttachStderr", tty = "Tty"
        case cmd = "Cmd", env = "Env", workingDir = "WorkingDir", user = "User", consoleSize = "ConsoleSize"
    }

    public init(cmd: [String], tty: Bool, stdin: Bool, env: [String]? = nil, workingDir: String? = nil,
                user: String? = nil, consoleSize: Size2D? = nil) {
        self.cmd = cmd
        self.tty = tty
        self.attachStdin = stdin
        self.attachStdout = true
        self.attachStderr = true
        self.env = env
        self.workingDir = workingDir
        self.user = user
        self.consoleSize = consoleSize.map { [$0.height, $0.width] }
    }
}

/// A console size in rows and columns, for exec and attach.
public struct Size2D: Sendable, Equatable {
    public var height: Int
    public var width: Int
    public init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }
}

/// `GET /exec/{id}/json`.
public struct ExecInspect: Codable, Sendable, Equatable {
    public var id: String?
    public var running: Bool?
    public var exitCode: Int?
    public var pid: Int?
    public var containerID: String?

    enum CodingKeys: String, CodingKey {
        case id = "ID", running = "Running", exitCode = "ExitCode", pid = "Pid", containerID = "ContainerID"
    }
}

/// `{"Id": …}` answers of create calls, with any warnings.
public struct CreatedObject: Codable, Sendable, Equatable {
    public var id: String
    public var warnings: [String]?
    enum CodingKeys: String, CodingKey { case id = "Id", warnings = "Warnings" }
}
