import ConsoleUI
import Foundation
import Testing

/// Compares a rendered frame (text layer plus role-letter layer) with a snapshot stored in
/// `__Snapshots__/<test file>/<name>.txt` beside the test. With ROLECALL_RECORD_SNAPSHOTS=1 it
/// writes the snapshot instead and fails, so a new or changed screen is never accepted silently.
func assertScreen(
    _ frame: Frame, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: filePath)
    let directory = testFile.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = frame.snapshot
    if ProcessInfo.processInfo.environment["ROLECALL_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(file.path). Review it, then run again without ROLECALL_RECORD_SNAPSHOTS.",
                     sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("No snapshot at \(file.path). Record it with ROLECALL_RECORD_SNAPSHOTS=1 swift test --filter ConsoleUITests, review it, and commit it.",
                     sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("Screen \(name) differs from \(file.path) (first difference: \(firstDifference(expected, actual))). If the change is intended, re-record with ROLECALL_RECORD_SNAPSHOTS=1.\n--- expected\n\(expected)\n+++ actual\n\(actual)",
                     sourceLocation: sourceLocation)
    }
}

/// "line N: expected … / actual …" for the first differing line.
private func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count) {
        let left = index < e.count ? String(e[index]) : "<none>"
        let right = index < a.count ? String(a[index]) : "<none>"
        if left != right { return "line \(index + 1): expected \"\(left)\", got \"\(right)\"" }
    }
    return "none"
}
