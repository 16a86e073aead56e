/// Why the console cannot start on this terminal. Each message is one line that says what is
/// wrong and that the command-line interface still works.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, a CI job).
    case notInteractive(stdinIsTerminal: Bool, stdoutIsTerminal: Bool)
    /// `TERM` is unset or empty.
    case termUnset
    /// The terminal cannot position the cursor (e.g. `TERM=dumb`).
    case termNotCapable(String)
    /// No terminfo entry for `TERM`.
    case termUnknown(String)
    /// No terminfo database at all.
    case noTerminfoDatabase(String)
    /// ncurses refused to start.
    case startFailed(String)

    /// What a user can still do.
    static let cliHint = "the CLI still works, e.g. `rolecall iam list-roles`"

    /// One line for stderr.
    public var description: String {
        switch self {
        case .notInteractive(let stdin, let stdout):
            let which = [stdin ? nil : "stdin", stdout ? nil : "stdout"].compactMap { $0 }.joined(separator: " and ")
            let verb = stdin || stdout ? "is" : "are"
            return "rolecall: the console needs an interactive terminal, but \(which) \(verb) not a terminal; \(Self.cliHint)"
        case .termUnset:
            return "rolecall: TERM is not set, so the console cannot draw (set e.g. TERM=xterm-256color); \(Self.cliHint)"
        case .termNotCapable(let term):
            return "rolecall: terminal type '\(term)' cannot position the cursor, so the console cannot draw; \(Self.cliHint)"
        case .termUnknown(let term):
            return "rolecall: unknown terminal type '\(term)' (no terminfo entry; try TERM=xterm-256color); \(Self.cliHint)"
        case .noTerminfoDatabase(let term):
            return "rolecall: no terminfo database found for '\(term)' (install ncurses-base); \(Self.cliHint)"
        case .startFailed(let term):
            return "rolecall: ncurses could not start on terminal '\(term)'; \(Self.cliHint)"
        }
    }

    /// The process exit status for this failure.
    public var exitStatus: Int32 { 2 }
}
