import DashCore
import EngineAPI
import TermRender

/// Log views for the log pane's snapshots: real container output (SGR colours, a title escape, tabs) parsed the
/// way the stream parses it, with engine timestamps a second apart from `DashboardFixture.now`.
enum LogFixture {
    static let output: [(OutputSource, String)] = [
        (.stdout, "\u{1b}[32mINFO\u{1b}[0m  server listening on :8080"),
        (.stdout, "\u{1b}[32mINFO\u{1b}[0m  GET /api/orders 200 12ms"),
        (.stderr, "\u{1b}[33mWARN\u{1b}[0m  slow query: SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC (1840ms)"),
        (.stdout, "\u{1b}[32mINFO\u{1b}[0m  GET /api/cart 201 4ms\u{1b}]0;pwned\u{07}"),
        (.stderr, "\u{1b}[1;31mERROR\u{1b}[0m payment gateway timeout after 30s\u{1b}[2J"),
        (.stdout, "\u{1b}[32mINFO\u{1b}[0m  GET /healthz 200 1ms"),
        (.stdout, "\u{1b}[36mDEBUG\u{1b}[0m cache\thit\tratio=0.93"),
        (.stderr, "\u{1b}[1;31mERROR\u{1b}[0m retry 1/3 for order 7731 失败"),
        (.stdout, "\u{1b}[32mINFO\u{1b}[0m  GET /api/orders 200 9ms"),
    ]

    /// The parsed lines; `source` picks the container of a merged log by line number.
    static func lines(source: (Int) -> Int = { _ in 0 }) -> [LogLine] {
        output.enumerated().map { index, entry in
            var assembler = LogLineAssembler(timestamps: true, source: source(index))
            let stamp = LogTimestamp.text(Int64(DashboardFixture.now - 60 + Double(index)) * 1_000_000_000)
            let bytes = Array("\(stamp) \(entry.1)\n".utf8)
            return assembler.feed(OutputChunk(stream: entry.0, bytes: bytes))[0]
        }
    }

    /// The dashboard at `size` showing the full-screen log of web with these lines.
    static func state(_ size: Size = Size(columns: 80, rows: 24)) -> AppState {
        var state = DashboardFixture.state(size)
        var log = LogView(containerID: DashboardFixture.id(1), name: "web", capacity: 1000)
        log.fullScreen = true
        log.receive(lines())
        state.log = log
        return state
    }

    /// web and db merged, lines alternating between them.
    static func merged(_ size: Size = Size(columns: 80, rows: 24)) -> AppState {
        var state = DashboardFixture.state(size)
        var log = LogView(sources: [LogSource(id: DashboardFixture.id(1), name: "web"),
                                    LogSource(id: DashboardFixture.id(2), name: "数据库-主")],
                          name: "project shop", capacity: 1000)
        log.fullScreen = true
        log.receive(lines { $0 % 2 })
        state.log = log
        return state
    }
}
