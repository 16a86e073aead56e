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
    /// Show the page with this ID (one page leading to another, e.g. the Create role wizard's
    /// "Try it: Switch Role"). The shell handles it; the runner never sees it.
    case openPage(PageID)
}

/// The outcome of an effect, delivered back to the page that asked.
public enum EffectResult: Hashable, Sendable {
    /// The editor exited with `status` after editing `path`.
    case editorFinished(path: String, status: Int32)
}
