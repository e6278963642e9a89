import Foundation
import Testing
@testable import DashCore

/// `FileErrorText` stands in for full Foundation's `NSError` texts, which swdash no longer links (issue 8: RSS).
/// The tests link full Foundation, so they can hold every file-error message to what it said before.
@Suite struct FileErrorTextTests {
    /// Every code of the file-error range (`CocoaError.Code` 0 to 1023), with and without an underlying error.
    @Test func matchesFoundationForEveryFileErrorCode() {
        for code in 0...1023 {
            for userInfo: [String: Any] in [[:], [NSUnderlyingErrorKey: POSIXError(.ENOTDIR)]] {
                let error = CocoaError(CocoaError.Code(rawValue: code), userInfo: userInfo)
                let bridged = error as NSError
                #expect(FileErrorText.failureReason(error) == bridged.localizedFailureReason, "code \(code)")
                #expect(FileErrorText.description(error) == bridged.localizedDescription, "code \(code)")
            }
        }
    }

    /// Real failures of saving a log keep the words they had: a missing directory, a file in the way.
    @Test func logFileWriterReasonsAreFoundations() throws {
        let directory = NSTemporaryDirectory() + "swdash-file-error-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let notADirectory = directory + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: notADirectory))
        for path in [directory + "/missing/x.log", notADirectory + "/x.log"] {
            let foundation: String
            do {
                try Data().write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
                Issue.record("\(path) was written")
                continue
            } catch {
                foundation = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            }
            #expect(throws: LogFileWriter.Failure.cannotWrite(foundation)) { try LogFileWriter.write(["a"], to: path) }
        }
    }
}
