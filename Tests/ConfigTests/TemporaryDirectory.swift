import Foundation
import Testing

/// A fresh directory under the system temporary directory, removed by `remove()` (call it in a `defer`).
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("swdash-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative` (creating directories) and returns the full path.
    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        try write(Array(text.utf8), to: relative)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to relative: String) throws -> String {
        let full = path + "/" + relative
        let directory = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Deletes the directory; a failure is recorded as a test issue.
    func remove() {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            Issue.record(error, "could not remove \(path)")
        }
    }
}

/// The repository root, found from this file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardizedFileURL.path
}
