import DashCore
import Foundation
import EngineAPI
import TermRender
import Testing

@testable import DashUI

/// The small formatters and the column layout, pinned down one case at a time.
@Suite("Formatting")
struct FormattingTests {
    @Test("Byte counts read like docker's", arguments: [
        (Int64(0), "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1_900_000, "1.9 MB"), (14_200_000, "14 MB"),
        (142_000_000, "142 MB"), (999_960, "1.0 MB"), (1_240_000_000, "1.2 GB"), (-1, "?"),
    ])
    func bytes(_ value: Int64, _ expected: String) {
        #expect(ByteCount.format(value) == expected)
    }

    @Test("Compact status keeps the meaning in fewer cells", arguments: [
        ("Up 2 hours (unhealthy)", "Up 2h (unhealthy)"), ("Exited (1) 3 minutes ago", "Exited (1) 3m ago"),
        ("Up About an hour", "Up 1h"), ("Up Less than a second", "Up <1s"), ("Created", "Created"),
        ("Restarting (1) 12 seconds ago", "Restarting (1) 12s ago"), ("Up 5 hours (Paused)", "Up 5h (Paused)"),
    ])
    func compactStatus(_ status: String, _ expected: String) {
        #expect(StatusText.compact(status) == expected)
    }

    @Test("Ports: wildcard IPv4/IPv6 pairs merge, loopback stays, exposed ports follow")
    func ports() {
        let ports = [
            PortBinding(ip: "::", privatePort: 80, publicPort: 8080), PortBinding(ip: "0.0.0.0", privatePort: 80, publicPort: 8080),
            PortBinding(ip: "127.0.0.1", privatePort: 5432, publicPort: 5432), PortBinding(privatePort: 6379),
            PortBinding(privatePort: 80),
        ]
        #expect(StatusText.ports(ports, arrow: "→") == "8080→80/tcp, 127.0.0.1:5432→5432/tcp, 6379/tcp")
        #expect(StatusText.ports([], arrow: "→") == "")
    }

    @Test("RFC 3339 times parse with offsets and fractions, and print back in UTC")
    func timestamps() {
        #expect(Timestamp.parse("2023-11-14T22:13:20Z") == 1_700_000_000)
        #expect(Timestamp.parse("2023-11-15T00:13:20.123456789+02:00") == 1_700_000_000)
        #expect(Timestamp.parse("not a date") == nil)
        #expect(Timestamp.utc(1_700_000_000) == "2023-11-14 22:13 UTC")
        #expect(Timestamp.ago(1_700_000_000 - 3 * 86_400, now: 1_700_000_000) == "3 days ago")
    }

    @Test("Narrow tables drop the least important columns before cutting the name")
    func columnDrops() {
        let columns = [
            TableColumn("NAME", cap: 20), TableColumn("IMAGE", cap: 20, floor: 10, dropRank: 1),
            TableColumn("STATUS", cap: 12), TableColumn("PORTS", cap: 20, floor: 10, dropRank: 2),
            TableColumn("PROJECT", cap: 10, dropRank: 3),
        ]
        let row = TableRow(id: "1", cells: [
            TableCell("a-rather-long-name"), TableCell("nginx:1.27"), TableCell("Up 2 hours", compact: "Up 2h"),
            TableCell("8080→80/tcp"), TableCell("shop"),
        ])
        let wide = ColumnLayout.widths(columns, rows: [row], width: 100, gap: 2)
        #expect(wide.allSatisfy { $0 != nil })
        let medium = ColumnLayout.widths(columns, rows: [row], width: 45, gap: 2)
        #expect(medium[4] == nil && medium[3] == nil)
        #expect(medium[0] == 18)
        let narrow = ColumnLayout.widths(columns, rows: [row], width: 28, gap: 2)
        #expect(narrow.compactMap { $0 }.count == 2)
        #expect(narrow[0] == 18 && narrow[2] == 8)
    }

    @Test("Footer hints are never cut, keep help, and leave out what read-only refuses")
    func footer() throws {
        var state = DashboardFixture.state(Size(columns: 50, rows: 12))
        let footer = DashboardView.render(state, unicode: true).plainText
            .split(separator: "\n", omittingEmptySubsequences: false)[10]
        let hints = FooterHints(state: state, glyphs: Glyphs(unicode: true)).hints()
        let whole = Set(hints.map { "\($0.key) \($0.label)" })
        // Every piece between the double-space separators is one whole hint.
        let pieces = footer.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(pieces.count >= 3)
        #expect(pieces.allSatisfy { whole.contains($0) }, "\(pieces)")
        #expect(pieces.last == "? help")
        state.readOnly = true
        let readOnly = FooterHints(state: state, glyphs: Glyphs(unicode: true)).hints().map(\.label)
        #expect(!readOnly.contains("stop") && !readOnly.contains("remove") && readOnly.contains("logs"))
    }

    @Test("In the log view, q goes back: the global q quit is shadowed")
    func shadowedBindings() {
        var state = DashboardFixture.state()
        state.log = DashboardFixture.webLog(fullScreen: true)
        let bindings = EffectiveBindings.of(state)
        #expect(!bindings.contains { $0.command == .quit })
        #expect(bindings.first?.command == .back)
    }
}
