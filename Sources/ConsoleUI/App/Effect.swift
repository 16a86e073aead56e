import IAMKit

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
    /// Put `text` on the clipboard of the terminal the console runs in, with an OSC 52 escape
    /// sequence (works through SSH and tmux with `set-clipboard on`); the result comes back to
    /// `page` as `EffectResult.clipboardSent`. Terminals never confirm it.
    case copyToClipboard(String, page: PageID)
    /// Write `contents` to `path` as a script (mode 0755); an existing file is replaced only when
    /// `replacing`. The result comes back to `page` as `EffectResult.scriptWritten`.
    case writeScript(path: String, contents: String, replacing: Bool, page: PageID)
    /// Show another page (the shell handles this itself; it never reaches the terminal).
    case openPage(PageID)
    /// Show who the user is now in the header, in a role's colour (after Switch Role the role's
    /// display name in its chosen colour). Handled by the shell itself.
    case showIdentity(String, role: StyleRole)
    /// Hand `result` to page `page` (e.g. the wizard prefilling Switch Role). Handled by the
    /// shell itself; what the page returns runs like any other effect.
    case deliver(EffectResult, to: PageID)
    /// Ask `Confirmation`'s question in the shell's modal dialog; the answer goes back to the
    /// asker. Handled by the shell itself.
    case confirm(Confirmation)

    /// Whether the shell applies this effect to the state itself.
    var isHandledByShell: Bool {
        switch self {
        case .openPage, .showIdentity, .deliver, .confirm: true
        default: false
        }
    }
}

/// The outcome of an effect, delivered back to the page that asked.
public enum EffectResult: Hashable, Sendable {
    /// The editor exited with `status` after editing `path`.
    case editorFinished(path: String, status: Int32)
    /// The OSC 52 sequence carrying `bytes` bytes of text was written to the terminal (nil
    /// `problem`), or could not be written.
    case clipboardSent(bytes: Int, problem: String?)
    /// What writing the script at `path` did.
    case scriptWritten(path: String, outcome: ScriptWriteOutcome)
    /// Another page asks Switch Role to fill its form (the wizard's "Try it").
    case switchRolePrefill(SwitchRoleRequest)
    /// Another page asks Sign in to fill its form (the wizard's "Try it" while root is signed in).
    case signInPrefill(SignInRequest)
    /// The user answered yes to the page's confirmation about `topic`.
    case confirmed(String)
    /// The user answered no (or Esc) to the page's confirmation about `topic`.
    case declined(String)
}
