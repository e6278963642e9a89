#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import DashCore

/// Reads a config or theme file, telling "not there" (fine: defaults) apart from "there but unreadable" (a warning).
enum ConfigFileReader {
    /// What reading a file gave.
    enum Outcome: Equatable {
        case missing
        case contents([UInt8])
        case unreadable(reason: String)
    }

    static func read(_ path: String) -> Outcome {
        guard let isDirectory = isDirectory(path) else { return .missing }
        if isDirectory { return .unreadable(reason: "it is a directory") }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .contents([UInt8](data))
        } catch let error as CocoaError where error.code == .fileReadNoPermission {
            return .unreadable(reason: "permission denied")
        } catch {
            return .unreadable(reason: FileErrorText.description(error))
        }
    }

    /// Whether `path` is a directory; nil when nothing is there. FoundationEssentials reports it as a `Bool`,
    /// Foundation (Darwin) as an `ObjCBool`.
    private static func isDirectory(_ path: String) -> Bool? {
        #if canImport(FoundationEssentials)
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory
        #else
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
        #endif
    }

    /// The `.toml` files directly in `directory`, by name without the extension. Only for offering names
    /// (completion): a missing or unreadable directory just offers none, and loading a theme reports its own errors.
    static func tomlStems(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }
}
