import Foundation

/// Where a policy being edited in `$EDITOR` lives while the console is suspended: the page
/// writes the draft, asks the shell to run the editor on it (`Effect.editFile`), and reads it
/// back when the editor exits. Tests use `InMemoryDraftStore`; the console `TemporaryDraftStore`.
public protocol DraftStore: Sendable {
    /// Writes `contents` to a new draft named after `name`; returns its path.
    func create(named name: String, contents: String) throws -> String
    /// The draft's current contents.
    func contents(of path: String) throws -> String
    /// Removes the draft (after it was saved or abandoned).
    func discard(_ path: String)
}

/// Why a draft could not be written or read.
public struct DraftError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The draft's path (or name when it has none yet).
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `Cannot read draft /tmp/x.json: reason`.
    public var description: String { "Cannot use the draft \(path): \(reason)" }
}

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

/// Drafts in memory, for reducer tests: `edit` plays the part of the user in the editor.
public final class InMemoryDraftStore: DraftStore, @unchecked Sendable {
    // Unchecked: used from one test at a time, like the console's UI thread.
    /// Drafts by path.
    public private(set) var files: [String: String] = [:]
    private var counter = 0

    /// An empty store.
    public init() {}

    /// Stores the draft under `/drafts/<n>-<name>.json`.
    public func create(named name: String, contents: String) throws -> String {
        counter += 1
        let path = "/drafts/\(counter)-\(name).json"
        files[path] = contents
        return path
    }

    /// The stored text.
    public func contents(of path: String) throws -> String {
        guard let text = files[path] else { throw DraftError(path: path, reason: "the file is gone") }
        return text
    }

    /// Forgets the draft.
    public func discard(_ path: String) {
        files[path] = nil
    }

    /// Replaces the draft's text, as the user would in the editor.
    public func edit(_ path: String, to text: String) {
        files[path] = text
    }
}
