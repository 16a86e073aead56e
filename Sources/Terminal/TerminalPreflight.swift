import CNcursesw
import Glibc

/// Checks, before curses touches anything, that the console can run here: stdin and stdout
/// are terminals, the locale is UTF-8, and `TERM` names a terminfo entry that can position
/// the cursor. `initscr` would instead print its own message and exit behind our back.
public enum TerminalPreflight {
    /// Returns the terminal type to use, or why the console cannot start.
    public static func check(environment: [String: String], inputFD: Int32 = STDIN_FILENO,
                             outputFD: Int32 = STDOUT_FILENO) throws(TerminalError) -> String {
        let stdinIsTTY = isatty(inputFD) == 1
        let stdoutIsTTY = isatty(outputFD) == 1
        guard stdinIsTTY, stdoutIsTTY else {
            throw .notInteractive(stdinIsTerminal: stdinIsTTY, stdoutIsTerminal: stdoutIsTTY)
        }
        guard let term = environment["TERM"], !term.isEmpty else { throw .termUnset }
        if term == "dumb" { throw .termNotCapable(term) }
        try checkTerminfo(term, fd: outputFD)
        return term
    }

    /// `setupterm` with an error pointer returns instead of exiting; the entry must have `cup`.
    static func checkTerminfo(_ term: String, fd: Int32) throws(TerminalError) {
        var status: Int32 = 0
        if setupterm(term, fd, &status) != OK {
            throw status == -1 ? .noTerminfoDatabase(term) : .termUnknown(term)
        }
        let cup = tigetstr("cup")
        let capable = cup != nil && Int(bitPattern: cup) != -1
        _ = del_curterm(nc_cur_term())
        if !capable { throw .termNotCapable(term) }
    }

    /// Sets the locale from the environment; falls back to C.UTF-8 for characters when the
    /// user's locale is not UTF-8 (common over SSH when LANG is not forwarded).
    public static func setUpLocale() {
        _ = setlocale(LC_ALL, "")
        if nc_is_utf8_locale() == 0 {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
