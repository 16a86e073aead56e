import Foundation
import ConsoleUI

/// Drafts as files in the temporary directory, readable by the user only (a policy may name
/// accounts and principals), one per edit.
public struct TemporaryDraftStore: DraftStore {
    /// The directory drafts go to (`$TMPDIR` by default).
    public var directory: String

    /// Creates a store in `directory`.
    public init(directory: String = NSTemporaryDirectory()) {
        self.directory = directory
    }

    /// Writes a new draft with mode 0600.
    public func create(named name: String, contents: String) throws -> String {
        let safe = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" }.prefix(60))
        let path = (directory as NSString).appendingPathComponent("rolecall-\(safe)-\(UUID().uuidString.prefix(8)).json")
        guard FileManager.default.createFile(atPath: path, contents: Data(contents.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw DraftError(path: path, reason: "the file could not be created")
        }
        return path
    }

    /// Reads the draft as UTF-8.
    public func contents(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DraftError(path: path, reason: "the file is gone")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Deletes the draft file.
    public func discard(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
