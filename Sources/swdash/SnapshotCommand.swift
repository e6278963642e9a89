import ArgumentParser
import DashCore
import DashUI
import EngineAPI
import TermRender

/// `swdash snapshot`: one frame of the real dashboard as plain text, for scripts and golden tests.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Print one frame of the dashboard as plain text and exit.")

    enum Pane: String, ExpressibleByArgument, CaseIterable {
        case containers, images, volumes, logs
    }

    @OptionGroup var engine: EngineOptions
    @OptionGroup var configFile: ConfigOptions

    @Option(help: "The pane to show: containers, images, volumes or logs.")
    var pane: Pane = .containers

    @Option(help: "Put the cursor on this container (name or id prefix); required for --pane logs.")
    var container: String?

    @Option(help: "Screen size as COLUMNSxROWS.")
    var size = "120x40"

    @Flag(help: "Draw with ASCII only.")
    var ascii = false

    func validate() throws {
        guard parsedSize != nil else { throw ValidationError("--size must look like 120x40") }
        if pane == .logs && container == nil { throw ValidationError("--pane logs needs --container NAME") }
    }

    var parsedSize: Size? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]), columns > 0, rows > 0 else {
            return nil
        }
        return Size(columns: columns, rows: rows)
    }

    func run() async throws {
        let client = try await engine.connect(configured: configFile.load().settings.host)
        let frame = try await SnapshotBuilder(
            engine: client, size: parsedSize ?? Size(columns: 120, rows: 40), pane: pane.rawValue,
            container: container
        ).build()
        let screen = DashboardView.render(frame, unicode: !ascii)
        print(screen.plainText)
    }
}
