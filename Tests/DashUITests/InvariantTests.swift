import DashCore
import DashUI
import TermRender
import Testing

/// Properties every frame must have, checked over many states and sizes rather than by snapshot.
@Suite("Frame invariants")
struct InvariantTests {
    /// A spread of states: every pane, overlays, full-screen views, odd sizes.
    static var frames: [(String, AppState)] {
        var result: [(String, AppState)] = []
        let sizes = [Size(columns: 80, rows: 24), Size(columns: 40, rows: 12), Size(columns: 40, rows: 10),
                     Size(columns: 57, rows: 19), Size(columns: 132, rows: 43), Size(columns: 30, rows: 8),
                     Size(columns: 1, rows: 1)]
        for size in sizes {
            for pane in PaneKind.allCases {
                result.append(("\(pane) \(size)", DashboardFixture.state(size, pane: pane)))
            }
            var help = DashboardFixture.state(size)
            help.overlay = .help
            result.append(("help \(size)", help))
            var log = DashboardFixture.state(size)
            log.log = DashboardFixture.webLog(fullScreen: true)
            result.append(("log \(size)", log))
            var inspect = DashboardFixture.state(size)
            inspect.inspect = DashboardFixture.inspect
            result.append(("inspect \(size)", inspect))
            var down = DashboardFixture.state(size)
            down.engine.connection = .unreachable(reason: "connection refused", retryAt: down.now + 30)
            down.readOnly = true
            down.overlay = .confirm(Confirmation(question: "Remove web?", command: .removeContainer(force: false),
                                                 targets: [CommandTarget(id: "1", name: "web")]))
            result.append(("confirm \(size)", down))
        }
        return result
    }

    @Test("Every line fits the screen width, and no cell holds a control character")
    func widthAndControls() {
        for (name, state) in Self.frames {
            for unicode in [true, false] {
                let screen = DashboardView.render(state, unicode: unicode)
                #expect(screen.size == state.size, "\(name)")
                for line in screen.plainText.split(separator: "\n", omittingEmptySubsequences: false) {
                    #expect(line.displayWidth <= state.size.columns, "\(name): \(line)")
                }
                let controls = screen.cells.filter { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) }
                #expect(controls.isEmpty, "\(name): control characters")
            }
        }
    }

    @Test("The column after a CJK or emoji name starts where it does after an ASCII name")
    func cjkRowsLineUp() {
        let screen = DashboardView.render(DashboardFixture.state(), unicode: true)
        // Found before the expectations, so a failure prints columns rather than the whole screen.
        let web = Self.column(of: "nginx", inRowContaining: "web  ", screen)
        let cjk = Self.column(of: "postgres", inRowContaining: "数据库-主", screen)
        let emoji = Self.column(of: "nginx", inRowContaining: "🐳-web", screen)
        let status = [Self.column(of: "Up 2h", inRowContaining: "web  ", screen),
                      Self.column(of: "Up 3d", inRowContaining: "数据库-主", screen),
                      Self.column(of: "Up 5h", inRowContaining: "🐳-web", screen)]
        #expect(web != nil)
        #expect(cjk == web)
        #expect(emoji == web)
        #expect(status[0] != nil && Set(status).count == 1)
    }

    @Test("The cursor row is drawn in rowSelected from frame to frame")
    func cursorRow() throws {
        for pane in PaneKind.allCases {
            let state = DashboardFixture.state(pane: pane)
            let screen = DashboardView.render(state, unicode: true)
            let needle = ["web  ", "nginx:1.27", "pgdata"][PaneKind.allCases.firstIndex(of: pane) ?? 0]
            let found = Self.row(containing: needle, screen)
            let y = try #require(found, "\(pane)")
            let inside = screen.row(y).dropFirst().dropLast()
            #expect(inside.allSatisfy { $0.style.role == .rowSelected }, "\(pane)")
            // And only that row.
            let selectedRows = (0..<screen.size.rows).filter { screen.row($0).contains { $0.style.role == .rowSelected } }
            #expect(selectedRows == [y], "\(pane)")
        }
    }

    @Test("Marked rows use rowMarked and show the mark")
    func markedRows() throws {
        let screen = DashboardView.render(DashboardFixture.state(), unicode: true)
        let found = Self.row(containing: "batch-job", screen)
        let y = try #require(found)
        #expect(screen[row: y, column: 1].text == "✓")
        #expect(screen.row(y).dropFirst().dropLast().allSatisfy { $0.style.role == .rowMarked })
    }

    /// The display column where `needle` starts, in the first row whose text contains `marker`.
    static func column(of needle: String, inRowContaining marker: String, _ screen: Screen) -> Int? {
        guard let y = row(containing: marker, screen) else { return nil }
        let cells = Array(screen.row(y))
        for x in cells.indices {
            var text = ""
            var end = x
            while end < cells.count, text.count < needle.count {
                text += cells[end].text
                end += 1
            }
            if text == needle { return x }
        }
        return nil
    }

    static func row(containing marker: String, _ screen: Screen) -> Int? {
        (0..<screen.size.rows).first { y in screen.row(y).map(\.text).joined().contains(marker) }
    }
}
