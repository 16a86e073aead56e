import Foundation

/// One directory per test process for the homes and labs the end-to-end tests hand to the
/// real binary by path (a tmux command line cannot clean up after itself). It is removed when
/// the process exits, so test runs leave nothing in the temporary directory.
enum ScratchDirectory {
    /// `<tmp>/rolecall-e2e-<pid>`, created on first use.
    static let root: String = {
        let path = NSTemporaryDirectory() + "rolecall-e2e-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchDirectory.root) }
        return path
    }()

    /// A fresh path under the root (not created) whose name starts with `prefix`.
    static func path(_ prefix: String) -> String {
        root + "/\(prefix)-\(UUID().uuidString.prefix(8))"
    }
}
