/// Where a policy being edited in `$EDITOR` lives while the console is suspended: the page
/// writes the draft, asks the shell to run the editor on it (`Effect.editFile`), and reads it
/// back when the editor exits. Tests use `InMemoryDraftStore`; the console `TemporaryDraftStore` (in Terminal: ConsoleUI does no I/O).
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
