import Foundation
import TermRender
import Testing

/// Text snapshots of a screen: `Snapshots/<name>.txt` next to this file holds the plain text, then the role map
/// and its legend. `RECORD_SNAPSHOTS=1 swift test` rewrites them.
///
/// A missing file is recorded and the test still fails, so a snapshot that was never committed (or a renamed
/// test) is noticed instead of passing silently on every fresh checkout.
func assertSnapshot(
    _ screen: Screen, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = snapshotText(screen)
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOf: url, encoding: .utf8)
    if recording || expected == nil {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if expected == nil {
            Issue.record("recorded missing snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if actual != expected {
        Issue.record("snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}

/// What a snapshot file holds: the text a person reads, then one role letter per cell.
func snapshotText(_ screen: Screen) -> String {
    "\(screen.plainText)\n--- roles ---\n\(screen.roleMap)\n--- legend ---\n\(screen.roleMapLegend())\n"
}
