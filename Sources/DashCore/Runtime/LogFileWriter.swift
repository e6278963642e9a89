#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes saved logs: a new file only (an existing one is never overwritten), lines joined by newlines.
enum LogFileWriter {
    /// Why a log could not be saved.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case exists
        case cannotWrite(String)

        var description: String {
            switch self {
            case .exists: "the file exists already (choose another name)"
            case .cannotWrite(let reason): reason
            }
        }
    }

    static func write(_ lines: [String], to path: String) throws(Failure) {
        let expanded = expand(path)
        if FileManager.default.fileExists(atPath: expanded) { throw .exists }
        var data = Data()
        for line in lines {
            data.append(contentsOf: line.utf8)
            data.append(10)
        }
        do {
            try data.write(to: URL(fileURLWithPath: expanded), options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(FileErrorText.failureReason(error) ?? FileErrorText.description(error))
        }
    }

    /// `~/x` in the home directory; anything else as given (relative to where swdash runs).
    static func expand(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + path.dropFirst()
    }
}
