import Foundation
import Testing
@testable import DashCore

/// The README's key table is generated from the binding tables; this fails when they drift apart.
/// `RECORD_README=1 swift test --filter ReadmeKeyTable` rewrites the table in README.md.
@Suite struct ReadmeKeyTableTests {
    static let begin = "<!-- keys:begin (generated from Keymap.defaultBindings; see ReadmeKeyTableTests) -->"
    static let end = "<!-- keys:end -->"

    @Test func readmeKeyTableMatchesTheBindings() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let generated = KeymapReference.markdownTable(Keymap())
        let parts = readme.components(separatedBy: Self.begin)
        try #require(parts.count == 2, "README.md needs the keys:begin marker")
        let rest = parts[1].components(separatedBy: Self.end)
        try #require(rest.count == 2, "README.md needs the keys:end marker")
        let current = rest[0].trimmingCharacters(in: .whitespacesAndNewlines)
        if current != generated, ProcessInfo.processInfo.environment["RECORD_README"] == "1" {
            let updated = parts[0] + Self.begin + "\n" + generated + "\n" + Self.end + rest[1]
            try updated.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(current == generated, "README key table is stale: run RECORD_README=1 swift test --filter ReadmeKeyTable")
    }

    @Test func everyCommandThatMattersHasAKey() {
        let bound = Set(Keymap.defaultBindings.map(\.command))
        for command in Command.allCases where command != .exec {
            #expect(bound.contains(command), "\(command) has no key")
        }
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        var seen: Set<String> = []
        for binding in Keymap.defaultBindings {
            for key in binding.keys {
                let id = "\(binding.scope) \(key)"
                // Esc is deliberately both "back" and "close/clear" in the global scope's fallback chain.
                if binding.command == .back { continue }
                #expect(!seen.contains(id), "\(key) bound twice in \(binding.scope)")
                seen.insert(id)
            }
        }
    }
}
