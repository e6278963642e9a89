#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// File errors in the words full Foundation's `NSError` used, so that linking only FoundationEssentials (which
/// has no `localizedDescription`) keeps every message as it was.
public enum FileErrorText {
    /// `NSError.localizedFailureReason`: "The file doesn’t exist."; nil where Foundation had no sentence either.
    public static func failureReason(_ error: any Error) -> String? {
        guard let cocoa = error as? CocoaError else { return nil }
        return reasons[cocoa.code]
    }

    /// `NSError.localizedDescription`: "The operation could not be completed. The file doesn’t exist."
    public static func description(_ error: any Error) -> String {
        let prefix = "The operation could not be completed."
        if let reason = failureReason(error) { return "\(prefix) \(reason)" }
        // Data and FileManager throw only CocoaError; anything else describes itself.
        guard let cocoa = error as? CocoaError else { return "\(prefix) \(error)" }
        return "\(prefix) (\(CocoaError.errorDomain) error \(cocoa.code.rawValue).)"
    }

    /// The reasons by `CocoaError.Code`, as swift-corelibs-foundation phrased them (`FileErrorTextTests` compares).
    private static let reasons: [CocoaError.Code: String] = [
        .fileNoSuchFile: "The file doesn’t exist.",
        .fileLocking: "The file couldn’t be locked.",
        .fileReadNoPermission: "You don’t have permission.",
        .fileReadInvalidFileName: "The file name is invalid.",
        .fileReadCorruptFile: "The file isn’t in the correct format.",
        .fileReadNoSuchFile: "The file doesn’t exist.",
        .fileReadInapplicableStringEncoding: "The specified text encoding isn’t applicable.",
        .fileReadUnsupportedScheme: "The specified URL type isn’t supported.",
        .fileReadTooLarge: "The item is too large.",
        .fileReadUnknownStringEncoding: "The text encoding of the contents couldn’t be determined.",
        .fileWriteNoPermission: "You don’t have permission.",
        .fileWriteInvalidFileName: "The file name is invalid.",
        .fileWriteFileExists: "A file with the same name already exists.",
        .fileWriteInapplicableStringEncoding: "The specified text encoding isn’t applicable.",
        .fileWriteUnsupportedScheme: "The specified URL type isn’t supported.",
        .fileWriteOutOfSpace: "There isn’t enough space.",
        .fileWriteVolumeReadOnly: "The volume is read only.",
    ]
}
