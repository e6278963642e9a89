import Foundation
import Testing
@testable import Config

/// docs/CONFIG.md and docs/config.example.toml against the code: the generated tables are current, every
/// setting is documented, and the example file loads cleanly to exactly the defaults.
/// `RECORD_CONFIG_DOC=1 swift test --filter ConfigDocTests` rewrites the generated tables.
@Suite struct ConfigDocTests {
    static let docPath = Repository.root + "/docs/CONFIG.md"
    static let examplePath = Repository.root + "/docs/config.example.toml"

    /// The generated blocks, by marker name. One test writes them all, so a recording run cannot race itself.
    static let blocks = [
        ("scopes", ConfigReference.scopeTable()),
        ("commands", ConfigReference.commandTable()),
        ("roles", ConfigReference.roleTable()),
    ]

    @Test func generatedTablesAreCurrent() throws {
        var doc = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        var stale: [String] = []
        for (name, generated) in Self.blocks {
            let begin = "<!-- \(name):begin (generated; see ConfigDocTests) -->"
            let end = "<!-- \(name):end -->"
            let parts = doc.components(separatedBy: begin)
            try #require(parts.count == 2, "CONFIG.md needs exactly one \(begin)")
            let rest = parts[1].components(separatedBy: end)
            try #require(rest.count == 2, "CONFIG.md needs exactly one \(end)")
            if rest[0].trimmingCharacters(in: .whitespacesAndNewlines) != generated {
                stale.append(name)
                doc = parts[0] + begin + "\n" + generated + "\n" + end + rest[1]
            }
        }
        if !stale.isEmpty, ProcessInfo.processInfo.environment["RECORD_CONFIG_DOC"] == "1" {
            try doc.write(toFile: Self.docPath, atomically: true, encoding: .utf8)
        }
        #expect(stale == [], "CONFIG.md tables are stale: run RECORD_CONFIG_DOC=1 swift test --filter ConfigDocTests")
    }

    @Test func everySettingIsDocumented() throws {
        let doc = try String(contentsOfFile: Self.docPath, encoding: .utf8)
        for key in SettingsDecoder.allKeyPaths {
            #expect(doc.contains("`\(key)`"), "CONFIG.md does not mention `\(key)`")
        }
    }

    @Test func theExampleSetsEverySettingToItsDefaultWithoutWarnings() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.examplePath)))
        let load = ConfigLoader.decode(bytes, file: Self.examplePath)
        #expect(load.warnings == [], "\(load.warnings.map(\.description))")
        #expect(load.settings == .defaults)
        let document = try TOMLParser.parse(bytes, file: "config.example.toml")
        for key in SettingsDecoder.allKeyPaths where key != "host" {
            #expect(document.value(at: key.split(separator: ".").map(String.init)) != nil, "the example leaves out \(key)")
        }
    }

    @Test func theDisabledExamplesInTheExampleFileAreValid() throws {
        // Examples that would change a default are disabled as `#key = value` (no space after #, unlike prose);
        // enabled, they must load without a warning.
        let text = try String(contentsOfFile: Self.examplePath, encoding: .utf8)
        let enabled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let isDisabledExample = line.hasPrefix("#") && line.dropFirst().first.map { $0 != " " && $0 != "#" } == true
            return isDisabledExample ? String(line.dropFirst()) : String(line)
        }.joined(separator: "\n")
        let load = ConfigLoader.decode(enabled, file: "config.example.toml")
        #expect(load.warnings == [], "\(load.warnings.map(\.description))")
        #expect(load.settings.keymap != ResolvedSettings.defaults.keymap, "the example shows key overrides")
    }
}
