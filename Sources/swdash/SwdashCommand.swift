import ArgumentParser
import EngineAPI
import EngineClient
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `swdash` command line: the dashboard by default, plus helper subcommands.
@main
struct SwdashCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swdash",
        abstract: "A terminal dashboard for Docker: containers, images, volumes and live logs.",
        discussion: "Run without a subcommand to open the dashboard; its options: swdash dashboard --help. Press ? inside it for every key.",
        version: SwdashVersion.string,
        subcommands: [DashboardCommand.self, SnapshotCommand.self, CheckCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

/// Options shared by every subcommand that talks to an engine.
struct EngineOptions: ParsableArguments {
    @Option(name: [.customShort("H"), .long], help: "Engine address: unix:///path or tcp://host:port (default: $DOCKER_HOST, then unix:///var/run/docker.sock).")
    var host: String?

    /// `-H`, then the config file's `host`, then `$DOCKER_HOST`, then the default socket.
    func resolveHost(configured: String? = nil) throws -> EngineHost {
        try EngineHost.resolve(flag: host ?? configured, environment: ProcessInfo.processInfo.environment)
    }

    /// Connects and negotiates, or prints the reason in user words and exits with status 1.
    func connect(configured: String? = nil) async throws -> DockerAPIClient {
        do {
            return try await LiveEngine.connect(to: try resolveHost(configured: configured), requestTimeout: .seconds(30))
        } catch let error as EngineError {
            fail(error.description)
        }
    }
}

/// Prints `swdash: message` on stderr and exits with status 1.
func fail(_ message: String) -> Never {
    printDiagnostic(message)
    exit(1)
}

/// Prints `swdash: message` on stderr (straight to the descriptor, as `FileHandle` did: nothing is buffered).
func printDiagnostic(_ message: String) {
    writeAll(2, Array("swdash: \(message)\n".utf8))
}

/// `swdash check`: connects, negotiates, and prints what the engine reports.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the connection to the engine and print what it reports.")

    @OptionGroup var engine: EngineOptions
    @OptionGroup var configFile: ConfigOptions

    func run() async throws {
        let loaded = configFile.load()
        for warning in loaded.warnings { printDiagnostic(warning.description) }
        let client = try await engine.connect(configured: loaded.settings.host)
        do {
            let version = try await client.version()
            let info = try await client.info()
            print("engine   \(client.hostDescription)")
            print("version  Docker \(version.version ?? "?") (API \(version.apiVersion ?? "?"), speaking \(client.apiVersion))")
            print("system   \(info.operatingSystem ?? "?"), \(info.ncpu ?? 0) CPUs, storage driver \(info.driver ?? "?")")
            print("objects  \(info.containersRunning ?? 0)/\(info.containers ?? 0) containers running, \(info.images ?? 0) images")
        } catch {
            fail(UserTextBridge.describe(error))
        }
    }
}
