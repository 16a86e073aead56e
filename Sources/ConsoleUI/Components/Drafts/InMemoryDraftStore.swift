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
