import ArgumentParser
import EngineAPI
import EngineClient
import Foundation

/// The `swdash` command line. The dashboard itself comes next; for now `check` is the default.
@main
struct SwdashCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swdash",
        abstract: "A terminal dashboard for Docker: containers, images, volumes and live logs.",
        version: SwdashVersion.string,
        subcommands: [CheckCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

/// Options shared by every subcommand that talks to an engine.
struct EngineOptions: ParsableArguments {
    @Option(name: [.customShort("H"), .long], help: "Engine address: unix:///path or tcp://host:port (default: $DOCKER_HOST, then unix:///var/run/docker.sock).")
    var host: String?

    func resolveHost() throws -> EngineHost {
        try EngineHost.resolve(flag: host, environment: ProcessInfo.processInfo.environment)
    }
}

/// `swdash check`: connects, negotiates, and prints what the engine reports.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the connection to the engine and print what it reports.")

    @OptionGroup var engine: EngineOptions

    func run() async throws {
        do {
            let host = try engine.resolveHost()
            let client = try await LiveEngine.connect(to: host, requestTimeout: .seconds(20))
            let version = try await client.version()
            let info = try await client.info()
            print("engine   \(host)")
            print("version  Docker \(version.version ?? "?") (API \(version.apiVersion ?? "?"), speaking \(client.apiVersion))")
            print("system   \(info.operatingSystem ?? "?"), \(info.ncpu ?? 0) CPUs, storage driver \(info.driver ?? "?")")
            print("objects  \(info.containersRunning ?? 0)/\(info.containers ?? 0) containers running, \(info.images ?? 0) images")
        } catch let error as EngineError {
            FileHandle.standardError.write(Data("swdash: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}
