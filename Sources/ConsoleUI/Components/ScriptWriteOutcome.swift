/// What writing a script file (`w` on equivalent CLI commands) did; the Terminal layer writes
/// it, since ConsoleUI does no I/O.
public enum ScriptWriteOutcome: Hashable, Sendable {
    /// The file was written.
    case written
    /// A file of that name exists and was left alone (the page asks before replacing it).
    case alreadyExists
    /// The file could not be written, with the system's reason.
    case failed(String)
}
