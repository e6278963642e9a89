import DashCore
import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TermRender

/// Builds the state of one dashboard frame by feeding the reducer what the engine answers,
/// so a snapshot shows exactly what the live dashboard would.
struct SnapshotBuilder {
    let engine: any DockerEngine
    let size: Size
    let pane: String
    let container: String?

    func build() async throws -> AppState {
        var state = AppState(host: engine.hostDescription, size: size, now: Date().timeIntervalSince1970)
        do {
            _ = Reducer.start(&state)
            _ = Reducer.reduce(&state, .connected(version: try await engine.version(), apiVersion: engine.apiVersion.description))
            _ = Reducer.reduce(&state, .containersListed(try await engine.listContainers(ContainerListOptions(all: true))))
            _ = Reducer.reduce(&state, .imagesListed(try await engine.listImages(all: false, filters: [:])))
            _ = Reducer.reduce(&state, .volumesListed(try await engine.listVolumes(filters: [:]).volumes ?? []))
            if pane == "images" || pane == "volumes" {
                _ = Reducer.reduce(&state, .diskUsageLoaded(try await engine.diskUsage()))
            }
        } catch {
            fail(UserText.describe(error))
        }
        if let container {
            guard let match = state.containers.values.first(where: { $0.name == container })
                ?? state.containers.values.first(where: { $0.id.hasPrefix(container) })
            else { fail("no container named \(container)") }
            select(match.id, in: &state)
        }
        switch pane {
        case "images": _ = Reducer.reduce(&state, .key(.char("2")))
        case "volumes": _ = Reducer.reduce(&state, .key(.char("3")))
        case "logs": _ = Reducer.reduce(&state, .key(.char("l")))
        default: break
        }
        if let log = state.log { await loadLog(log, into: &state) }
        _ = Reducer.reduce(&state, .tick(now: state.now))
        return state
    }

    /// Moves the cursor onto `id` the way a user would, with `j`.
    private func select(_ id: String, in state: inout AppState) {
        let ids = Rows.ids(state, .containers)
        guard let index = ids.firstIndex(of: id) else { return }
        _ = Reducer.reduce(&state, .key(.char("g")))
        for _ in 0..<index { _ = Reducer.reduce(&state, .key(.char("j"))) }
    }

    /// The last lines of the log, without following.
    private func loadLog(_ log: LogView, into state: inout AppState) async {
        var assembler = LogLineAssembler(timestamps: true)
        var lines: [LogLine] = []
        do {
            let options = LogOptions(tail: state.logPreferences.tail.map { .lines($0) } ?? .all, timestamps: true)
            for try await chunk in engine.logs(log.containerID, options, tty: nil) {
                lines += assembler.feed(chunk)
            }
            lines += assembler.flush()
            _ = Reducer.reduce(&state, .logLinesReceived(stream: log.stream, lines))
        } catch {
            _ = Reducer.reduce(&state, .logEnded(stream: log.stream, reason: UserText.describe(error)))
        }
    }
}
