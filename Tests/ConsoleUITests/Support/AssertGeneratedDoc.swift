import Foundation
import Testing

/// Checks that the checked-in document at `relativePath` (from the package root) is exactly
/// `generated`. With ROLECALL_RECORD_DOCS=1 it writes the document instead and fails, so a
/// regenerated document is always reviewed; a stale one fails with the command that fixes it.
func assertGeneratedDoc(
    _ generated: String, at relativePath: String, regenerateWith filter: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    // The calling test file is Tests/ConsoleUITests/<name>.swift.
    let packageRoot = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let url = packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["ROLECALL_RECORD_DOCS"] == "1" {
        try generated.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("Wrote \(url.path); review it and run again without ROLECALL_RECORD_DOCS.", sourceLocation: sourceLocation)
        return
    }
    let current = try? String(contentsOf: url, encoding: .utf8)
    #expect(current == generated,
            "\(relativePath) is stale: run `ROLECALL_RECORD_DOCS=1 swift test --filter \(filter)` and commit it",
            sourceLocation: sourceLocation)
}
