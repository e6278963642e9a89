import Foundation

/// Reads a config or theme file, telling "not there" (fine: defaults) apart from "there but unreadable" (a warning).
enum ConfigFileReader {
    /// What reading a file gave.
    enum Outcome: Equatable {
        case missing
        case contents([UInt8])
        case unreadable(reason: String)
    }

    static func read(_ path: String) -> Outcome {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .unreadable(reason: "it is a directory") }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .contents([UInt8](data))
        } catch let error as CocoaError where error.code == .fileReadNoPermission {
            return .unreadable(reason: "permission denied")
        } catch {
            return .unreadable(reason: error.localizedDescription)
        }
    }

    /// The `.toml` files directly in `directory`, by name without the extension. Only for offering names
    /// (completion): a missing or unreadable directory just offers none, and loading a theme reports its own errors.
    static func tomlStems(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}
