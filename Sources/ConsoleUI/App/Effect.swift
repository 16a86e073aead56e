/// Work the reducer asks the outside world to do; results come back as `Action`s.
/// Later features add cases (store commits, clock reads) here.
public enum Effect: Hashable, Sendable {
    /// Leave the console and restore the terminal.
    case quit
    /// Suspend to the shell (Ctrl-Z); the terminal redraws from state on resume.
    case suspend
    /// Ring the terminal bell (a key that is unavailable).
    case bell
    /// Leave curses, run `$EDITOR` (or `vi`) on `path`, come back and redraw; the result is
    /// delivered to `page` as `EffectResult.editorFinished`.
    case editFile(path: String, page: PageID)
    /// Show `text` at the right of the header in `role` (sign-in, Switch Role, switch back).
    /// The shell applies it to the state itself; runners never see it.
    case showIdentity(String, role: StyleRole)
}

/// The outcome of an effect, delivered back to the page that asked.
public enum EffectResult: Hashable, Sendable {
    /// The editor exited with `status` after editing `path`.
    case editorFinished(path: String, status: Int32)
}
