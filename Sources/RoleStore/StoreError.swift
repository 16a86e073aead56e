/// Everything that can go wrong opening or using a store. Each message says what is wrong,
/// where, and what to do, because the CLI and the console print it as it is.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process held the store's lock longer than the timeout.
    case lockTimeout(store: String, seconds: Double, holderPID: Int32?)
    /// The store was written by a newer rolecall; it is refused and never rewritten.
    case newerSchema(store: String, found: Int, supported: Int)
    /// The directory exists, is not empty and has no `store.json`.
    case notAStore(path: String)
    /// The directory does not exist and creating it was not asked for.
    case storeMissing(path: String)
    /// A file of the store does not parse or does not have the expected shape.
    case corruptFile(path: String, line: Int?, column: Int?, jsonPath: String?, reason: String)
    /// A system call failed.
    case io(operation: String, path: String, message: String)
    /// A record key cannot be turned into a file name (too long once escaped).
    case unstorableKey(key: String, reason: String)
    /// A transaction was started inside another one on the same store (a programming error).
    case nestedTransaction(store: String)
    /// No `--store`, `ROLECALL_STORE`, `XDG_DATA_HOME` or `HOME` says where the store is.
    case noLocation
    /// A path inside the store is a symbolic link, a device, a FIFO or a socket, or names a
    /// place outside the store; rolecall never follows or writes through such a path.
    case unsafePath(path: String, reason: String)
    /// A record file's contents name another record than its file name does (a copied file).
    case recordMismatch(path: String, expected: String, found: String)
    /// `store.json` names a schema version rolecall does not know (0, negative).
    case unknownSchema(store: String, found: Int, supported: Int)
    /// `lab import` into a lab that already holds records, without `--replace`.
    case labNotEmpty(path: String)
    /// A commit failed before it was decided: the store is exactly as it was before.
    case commitNotWritten(store: String, cause: String)
    /// A commit was decided (its journal is durable) but could not be completed now; the
    /// next rolecall command on the store completes it.
    case commitPending(store: String, cause: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case let .lockTimeout(store, seconds, holderPID):
            let holder = holderPID.map { "another rolecall process (pid \($0))" } ?? "another rolecall process"
            return "the store \(store) is locked by \(holder); gave up after \(Self.format(seconds)) s. "
                + "Try again when it has finished."
        case let .newerSchema(store, found, supported):
            return "this store was written by rolecall schema \(found); this rolecall reads up to \(supported) "
                + "(\(store)). Use a newer rolecall; the store was not changed."
        case let .notAStore(path):
            return "\(path) is not a rolecall store (no store.json) and is not empty; choose another directory."
        case let .storeMissing(path):
            return "no rolecall store at \(path)."
        case let .corruptFile(path, line, column, jsonPath, reason):
            var location = path
            if let line { location += ":\(line)" }
            if let column { location += ":\(column)" }
            let at = jsonPath.map { " at \($0)" } ?? ""
            return "\(location): \(reason)\(at). Fix or restore this file; nothing was written."
        case let .io(operation, path, message):
            return "\(operation) \(path) failed: \(message)"
        case let .unstorableKey(key, reason):
            return "cannot store \(key): \(reason)"
        case .noLocation:
            return "no store location: pass --store DIR or set ROLECALL_STORE (HOME is not set either)."
        case let .unsafePath(path, reason):
            return "\(path): \(reason); rolecall never follows links or writes outside the store. "
                + "Remove it, or run `rolecall lab repair` to move it into quarantine."
        case let .recordMismatch(path, expected, found):
            return "\(path): the file holds the record \(found), but its name says \(expected) "
                + "(a copied or renamed file?). Nothing was written; `rolecall lab check` lists such files "
                + "and `rolecall lab repair` moves them into quarantine."
        case let .unknownSchema(store, found, supported):
            return "\(store)/store.json: schemaVersion \(found) is not a rolecall schema (this rolecall knows 1 to \(supported)). "
                + "The store was not changed."
        case let .labNotEmpty(path):
            return "the lab at \(path) already holds records; `rolecall lab import --file FILE --replace` replaces it "
                + "(keeping it in \(path)/backup/<timestamp>/). Nothing was written."
        case let .commitNotWritten(store, cause):
            return "the change was not saved, and the lab \(store) is exactly as it was before: \(cause)"
        case let .commitPending(store, cause):
            return "the change was saved in \(store)/journal.json but could not be completed yet (\(cause)); "
                + "the next rolecall command on this lab completes it."
        case let .nestedTransaction(store):
            return "a transaction on \(store) was started inside another one; finish the first before starting the next"
        }
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
