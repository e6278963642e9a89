import DashCore
import EngineAPI
import TermRender
import Testing
@testable import DashUI

/// Whatever a container writes, the screen grid holds no control character (so no escape reaches the
/// terminal but the ones the backend makes from styles), and huge lines cost only what is drawn.
@Suite("Log pane safety and scale")
struct LogPaneSafetyTests {
    static let hostile: [String] = [
        "\u{1b}]52;c;aGVsbG8=\u{07}", "\u{1b}]0;title\u{1b}\\", "\u{1b}[2J\u{1b}[H", "\u{1b}[?1049h", "\u{1b}P+q\u{1b}\\",
        "\u{9b}31m", "\u{9d}52;c;x\u{9c}", "\u{1b}[38;2;255;0;0m", "\u{1b}[", "\u{1b}", "\u{07}\u{08}\u{7f}", "\r",
        "\t", "日本", "e\u{301}", "👩‍👩‍👧", "\u{200b}", "\u{2028}", "\u{1b}[31;1m", "\u{1b}(0", "\u{1b}c", "x",
    ]

    func state(with lines: [LogLine]) -> AppState {
        var state = DashboardFixture.state(Size(columns: 60, rows: 20))
        var log = LogView(containerID: DashboardFixture.id(1), name: "web", capacity: 100)
        log.fullScreen = true
        log.receive(lines)
        state.log = log
        return state
    }

    static func controlCells(_ screen: Screen) -> [Cell] {
        screen.cells.filter { $0.text.unicodeScalars.contains(where: DisplayWidth.isControl) }
    }

    @Test("Random hostile output never puts a control character in a cell, in any mode")
    func hostileOutput() {
        var random = UInt64(12345)
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        for _ in 0..<60 {
            var bytes: [UInt8] = []
            for _ in 0..<(5 + next(30)) {
                bytes += Array(Self.hostile[next(Self.hostile.count)].utf8)
                if next(8) == 0 { bytes.append(UInt8(next(256))) }
                if next(6) == 0 { bytes.append(10) }
            }
            var assembler = LogLineAssembler()
            let lines = assembler.feed(OutputChunk(stream: next(2) == 0 ? .stdout : .stderr, bytes: bytes)) + assembler.flush()
            var state = state(with: lines)
            for display in [LogPreferences.Display.colours, .raw, .plain] {
                for wrap in [true, false] {
                    state.logPreferences.display = display
                    state.logPreferences.wrap = wrap
                    state.log?.fullScreen = true
                    let full = DashboardView.render(state, unicode: true)
                    #expect(Self.controlCells(full).isEmpty, "\(bytes) \(display) wrap=\(wrap)")
                    state.log?.fullScreen = false
                    let detail = DashboardView.render(state, unicode: false)
                    #expect(Self.controlCells(detail).isEmpty, "\(bytes) \(display) detail")
                }
            }
        }
    }

    @Test("Every C0 and C1 control, raw and as a sequence introducer, stays out of the grid")
    func everyControl() {
        var bytes: [UInt8] = []
        for value in Array(0x00...0x1F) + [0x7F] where value != 0x0A {
            bytes += [UInt8(value), 0x41, 0x1B, UInt8(value), 0x42]
        }
        for value in 0x80...0x9F { bytes += Array(String(Unicode.Scalar(UInt8(value))).utf8) + [0x43, UInt8(value)] }
        var assembler = LogLineAssembler()
        let lines = assembler.feed(OutputChunk(stream: .stdout, bytes: bytes)) + assembler.flush()
        var state = state(with: lines)
        for display in [LogPreferences.Display.colours, .raw, .plain] {
            state.logPreferences.display = display
            #expect(Self.controlCells(DashboardView.render(state, unicode: true)).isEmpty, "\(display)")
        }
    }

    @Test("A 1 MB line and 100,000 CJK characters: only what fits is read, and the frame is whole")
    func hugeLines() throws {
        let megabyte = String(repeating: "0123456789abcdef", count: 65_536)
        let cjk = String(repeating: "日本語の", count: 25_000)
        for text in [megabyte, cjk] {
            for wrap in [true, false] {
                var state = state(with: [LogLine(stream: .stdout, text: text), LogLine(stream: .stderr, text: "after")])
                state.logPreferences.wrap = wrap
                state.log?.column = wrap ? 0 : 1000
                state.log?.setSearch(try LogPattern("zzz"))
                let screen = DashboardView.render(state, unicode: true)
                let rows = screen.plainText.split(separator: "\n")
                if wrap {
                    // Capped at the view's height with an ellipsis; the next line still shows.
                    #expect(screen.plainText.contains("after"))
                } else {
                    // 1000 columns to the right: "after" is off to the left, the huge line shows its middle.
                    #expect(rows[3].hasPrefix(text == megabyte ? "│ 89abcdef" : "│ 日本語の"), "\(rows[3])")
                    #expect(rows[3].hasSuffix("… │") || rows[3].hasSuffix("…  │"))
                }
                for line in rows { #expect(line.displayWidth <= 60) }
            }
            // The layout reads a screenful of characters, not the line.
            var styled = LogStyledText(LogLine(stream: .stdout, text: text), display: .colours, highlights: [])
            let rows = LogRow.layout(&styled, width: 56, maxRows: 16, ellipsis: "…")
            #expect(rows.count == 16)
            #expect(styled.consumed <= 56 * 16 + 1)
            var scrolled = LogStyledText(LogLine(stream: .stdout, text: text), display: .colours, highlights: [])
            _ = LogRow.layout(&scrolled, width: 56, maxRows: 1, skip: 200, ellipsis: "…")
            #expect(scrolled.consumed <= 200 + 56 + 1)
        }
    }

    @Test("Wide characters are never split at the edges")
    func wideEdges() {
        var text = LogStyledText(LogLine(stream: .stdout, text: "日本語テキスト"), display: .colours, highlights: [])
        let rows = LogRow.layout(&text, width: 5, maxRows: 3, ellipsis: "…")
        #expect(rows.map { String($0.cells.map(\.character)) } == ["日本", "語テ", "キス…"])
        var scrolled = LogStyledText(LogLine(stream: .stdout, text: "日本語"), display: .colours, highlights: [])
        let cut = LogRow.layout(&scrolled, width: 10, maxRows: 1, skip: 1, ellipsis: "…")
        #expect(cut.first.map { String($0.cells.map(\.character)) } == " 本語")
    }
}
