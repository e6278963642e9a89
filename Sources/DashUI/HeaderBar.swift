import DashCore
import TermRender

/// The top row: app name, engine connection, host and version, counts, and the read-only and marks markers.
/// An unreachable engine turns the whole bar into a warning; on narrow terminals the version, host and the
/// long wording of the counts give way first.
struct HeaderBar {
    var state: AppState
    var glyphs: Glyphs

    private enum Part: Hashable {
        case brand, engine, host, version, counts, readOnly, marked
    }

    func render(row y: Int, into screen: inout Screen) {
        var warning = false
        var segments: [BarLayout<Part>.Segment] = [.init(key: .brand, variants: [[Span("swdash", .header)]])]
        switch state.engine.connection {
        case .unreachable(let reason, let retryAt):
            warning = true
            let seconds = Int((retryAt - state.now).rounded(.up))
            let retry = seconds > 0 ? "retrying in \(seconds)s" : "retrying now"
            segments.append(.init(key: .engine, variants: [
                [Span("ENGINE UNREACHABLE \(glyphs.dash) \(retry): \(glyphs.prose(reason))", .headerWarning)],
                [Span("ENGINE UNREACHABLE \(glyphs.dash) \(retry)", .headerWarning)],
                [Span("UNREACHABLE, \(retry)", .headerWarning)],
                [Span("UNREACHABLE", .headerWarning)],
            ]))
        case .connecting:
            segments.append(.init(key: .engine, variants: [[Span("connecting" + glyphs.more, .header)]]))
        case .connected:
            break
        }
        let role: Role = warning ? .headerWarning : .header
        segments.append(.init(key: .host, variants: [[Span(state.engine.host, role)],
                                                     [Span(Self.shortHost(state.engine.host), role)]]))
        // While the engine is away, its version and counts are stale: the reason it is away matters more.
        if let version = state.engine.serverVersion, !warning {
            let api = state.engine.apiVersion.map { " (API \($0))" } ?? ""
            segments.append(.init(key: .version, variants: [[Span("Docker \(version)\(api)", role)],
                                                            [Span("Docker \(version)", role)]]))
        }
        if !warning, let counts = counts() {
            segments.append(.init(key: .counts, variants: counts.map { [Span($0, role)] }))
        }
        if state.readOnly {
            segments.append(.init(key: .readOnly, variants: [[Span("READ-ONLY", .headerWarning)],
                                                             [Span("RO", .headerWarning)]], right: true))
        }
        let marks = state[list: state.pane].marks.count
        if marks > 0 {
            segments.append(.init(key: .marked, variants: [[Span("\(marks) marked", role)]], right: true))
        }
        let bar = BarLayout<Part>(
            segments: segments,
            steps: [
                .shorten(.version), .shorten(.host), .drop(.version), .shorten(.counts), .drop(.host),
                .shorten(.counts), .cut(.engine), .shorten(.engine), .drop(.brand), .shorten(.counts), .drop(.marked),
                .shorten(.engine), .shorten(.readOnly), .drop(.counts), .shorten(.engine),
            ],
            separator: Span(" \(glyphs.separator) ", role), ellipsis: glyphs.ellipsis)
        bar.render(row: y, width: screen.size.columns, background: role, into: &screen)
    }

    /// The counts in three wordings: "3/5 running · 4 images · 2 volumes", "3/5 up · 4 img · 2 vol", "3/5 up".
    /// Only what has been listed is counted; nothing before the first listing.
    private func counts() -> [String]? {
        guard state.loaded.contains(.containers) else { return nil }
        let running = state.containers.values.filter { ContainerPhase($0).isRunning }.count
        let total = state.containers.count
        var long = ["\(running)/\(total) running"]
        var short = ["\(running)/\(total) up"]
        if state.loaded.contains(.images) {
            long.append(Self.plural(state.images.count, "image"))
            short.append("\(state.images.count) img")
        }
        if state.loaded.contains(.volumes) {
            long.append(Self.plural(state.volumes.count, "volume"))
            short.append("\(state.volumes.count) vol")
        }
        let dot = " \(glyphs.dot) "
        return [long.joined(separator: dot), short.joined(separator: dot), short[0]]
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The host without its scheme: "/var/run/docker.sock", "build-01:2376".
    static func shortHost(_ host: String) -> String {
        for scheme in ["unix://", "tcp://", "ssh://", "npipe://"] where host.hasPrefix(scheme) {
            return String(host.dropFirst(scheme.count))
        }
        return host
    }
}
