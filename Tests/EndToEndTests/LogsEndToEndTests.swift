import EngineAPI
import Foundation
import TestEngineSupport
import Testing

extension EndToEnd {
/// The full-screen log of the built `swdash`, in tmux, against the real test engine.
@Suite struct LogsEndToEndTests {
    /// A container printing numbered lines on stdout and stderr, about 100 a second.
    static let numbered = ["sh", "-c", "i=0; while true; do i=$((i+1)); echo \"out $i\"; echo \"err $i\" >&2; usleep 20000; done"]

    /// The dashboard filtered down to `name`, its log open full screen.
    func openLog(of name: String, extra: String = "") throws -> Tmux {
        let tmux = try Tmux(command: "\(Binary.swdash) -H \(TestEngine.hostText ?? "") \(extra)", columns: 120, rows: 32)
        try tmux.waitFor("Containers")
        try tmux.type("/" + name)
        try tmux.send("Enter")
        // The name shows in the filter at once: wait for the container's row, so that l finds it.
        let listed = try tmux.waitFor { $0.contains("│  " + name) }
        try #require(listed.contains("│  " + name), "the container never showed:\n\(listed)")
        try tmux.type("l")
        let open = try tmux.waitFor { Self.isFullScreenLog(of: name, $0) }
        try #require(Self.isFullScreenLog(of: name, open), "the log did not open full screen:\n\(open)")
        return tmux
    }

    /// The full-screen log, not the detail area under the list (whose title reads the same).
    static func isFullScreenLog(of name: String, _ screen: String) -> Bool {
        screen.contains("Logs: \(name)") && !screen.contains("─ Containers (") && screen.contains("Esc back")
    }

    /// The numbers of the lines on screen that start with `prefix` ("out", "err").
    static func numbers(_ prefix: String, in screen: String) -> [Int] {
        screen.split(separator: "\n").compactMap { row in
            let inner = row.drop { $0 == "│" || $0 == " " || $0 == "▸" || $0 == "┃" }
            guard inner.hasPrefix(prefix + " ") else { return nil }
            return Int(inner.dropFirst(prefix.count + 1).prefix { $0.isNumber })
        }
    }

    /// The lines of the body of the log (between the frame's top and bottom edges).
    static func body(_ screen: String) -> [Substring] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let top = rows.firstIndex(where: { $0.hasPrefix("┌") }) else { return [] }
        let bottom = rows[(top + 1)...].firstIndex(where: { $0.hasPrefix("└") }) ?? rows.endIndex
        return Array(rows[(top + 1)..<bottom])
    }

    /// Reads a file saved by `S`: "out N"/"err N" lines, checked to be consecutive per stream.
    static func consecutive(_ path: String, _ prefix: String) throws -> (count: Int, gaps: [Int]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let numbers = text.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix(prefix + " ") else { return nil }
            return Int(line.dropFirst(prefix.count + 1))
        }
        let gaps = zip(numbers, numbers.dropFirst()).filter { $1 != $0 + 1 }.map(\.0)
        return (numbers.count, gaps)
    }

    func save(_ tmux: Tmux, to path: String) throws -> String {
        try tmux.type("S")
        try tmux.waitFor("save ")
        try tmux.send("C-u")
        try tmux.type(path)
        try tmux.send("Enter")
        return try tmux.waitFor("saved ")
    }

    @Test func followsFiltersPausesAndResumesWithoutLosingLines() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("logs")
        let id = try await TestEngine.run(engine, Self.numbered, name: name)
        let directory = NSTemporaryDirectory() + "swdash-e2e-logs-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let tmux = try openLog(of: name, extra: "--log-buffer 2000")
        defer {
            tmux.kill()
            try? FileManager.default.removeItem(atPath: directory)
        }

        // Following: the newest numbers keep coming.
        let first = try tmux.waitFor { Self.numbers("out", in: $0).max() ?? 0 >= 20 }
        #expect(first.contains("(following)"), "\(first)")
        let start = Self.numbers("out", in: first).max() ?? 0
        let later = try tmux.waitFor { (Self.numbers("out", in: $0).max() ?? 0) > start + 20 }
        #expect((Self.numbers("out", in: later).max() ?? 0) > start + 20, "the view does not follow:\n\(later)")

        // Filter: only stderr's lines, and new ones keep arriving filtered.
        try tmux.type("&err")
        try tmux.send("Enter")
        let filtered = try tmux.waitFor { screen in
            screen.contains("& err") && Self.numbers("out", in: screen).isEmpty && Self.numbers("err", in: screen).count > 10
        }
        try #require(filtered.contains("& err") && Self.isFullScreenLog(of: name, filtered), "no filter:\n\(filtered)")
        #expect(Self.numbers("out", in: filtered).isEmpty, "stdout lines under the filter:\n\(filtered)")

        // Pause: the view holds still while lines arrive and are counted.
        try tmux.type("f")
        let paused = try tmux.waitFor("(paused)")
        try #require(paused.contains("(paused)"), "f did not pause:\n\(paused)")
        try await Task.sleep(for: .milliseconds(1500))
        let stillPaused = try tmux.waitFor("new lines")
        #expect(Self.numbers("err", in: stillPaused) == Self.numbers("err", in: paused), "the paused view moved")
        let heldAt = Self.numbers("err", in: stillPaused).max() ?? 0

        // Resume: straight to the newest, well past where it paused.
        try tmux.type("f")
        let resumed = try tmux.waitFor { (Self.numbers("err", in: $0).max() ?? 0) > heldAt + 50 }
        #expect(resumed.contains("(following)") && !resumed.contains("new lines"), "\(resumed)")

        // Nothing was lost: the filtered lines saved are consecutive, and so is each stream unfiltered.
        let filteredFile = directory + "/err.log"
        let saved = try save(tmux, to: filteredFile)
        #expect(saved.contains("saved "), "\(saved)")
        let errs = try Self.consecutive(filteredFile, "err")
        #expect(errs.count > 100 && errs.count <= 2000 && errs.gaps.isEmpty, "err lines: \(errs)")
        #expect(try Self.consecutive(filteredFile, "out").count == 0)
        try tmux.type("&")
        try tmux.send("C-u", "Enter")
        try tmux.waitFor("filter cleared")
        let allFile = directory + "/all.log"
        _ = try save(tmux, to: allFile)
        let outs = try Self.consecutive(allFile, "out")
        let allErrs = try Self.consecutive(allFile, "err")
        #expect(outs.gaps.isEmpty && allErrs.gaps.isEmpty, "gaps: out \(outs), err \(allErrs)")
        #expect(outs.count + allErrs.count <= 2000 && outs.count > 100, "out \(outs), err \(allErrs)")

        // Copy: the selected line reaches the clipboard through OSC 52 (tmux keeps it as a buffer).
        try tmux.acceptClipboard()
        try tmux.type("ky")
        try tmux.waitFor("copied 1 line")
        let copied = tmux.clipboard()
        #expect(copied.hasPrefix("out ") || copied.hasPrefix("err "), "clipboard: \(copied)")
        await TestEngine.remove(engine, id)
    }

    @Test func containerEscapesNeverReachTheTerminal() async throws {
        let engine = try await TestEngine.client()
        let name = TestEngine.uniqueName("hostile")
        // A window title, an OSC 52 clipboard write, clear screen, cursor moves, a bell, and a coloured word.
        let script = #"while true; do printf '\033]0;pwned-title\007\033]52;c;cHduZWQtY2xpcA==\007\033[2J\033[5;5Hhostile \033[31mred\033[0m line\007\n'; sleep 1; done"#
        let id = try await TestEngine.run(engine, ["sh", "-c", script], name: name)
        let tmux = try openLog(of: name)
        defer { tmux.kill() }
        try tmux.acceptClipboard()
        let screen = try tmux.waitFor("hostile red line")
        try await Task.sleep(for: .milliseconds(1200))
        #expect(Self.body(screen).contains { $0.contains("hostile red line") }, "\(screen)")
        #expect(try !tmux.paneTitle().contains("pwned"), "a container set the terminal's title")
        #expect(!tmux.allBuffers().contains("pwned-clip"), "a container wrote the clipboard")
        // The dashboard is intact: frame, footer and header where they belong.
        let after = try tmux.capture()
        #expect(after.hasPrefix(" swdash"), "the screen was cleared or moved:\n\(after)")
        #expect(after.contains("Esc back"), "\(after)")
        // Raw mode shows what was sent, as text.
        try tmux.type("c")
        let raw = try tmux.waitFor("␛]52;c;")
        #expect(raw.contains("␛[2J"), "\(raw)")
        await TestEngine.remove(engine, id)
    }
}
}
