import Foundation

/// OSC 52, the escape sequence that asks a terminal to put text on the system clipboard:
/// `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`. It travels through SSH like any output,
/// and tmux takes it into its paste buffer (and passes it on) with `set -g set-clipboard on`.
/// Terminals send nothing back when they set the clipboard (most also ignore OSC 52 queries),
/// so the console says the copy was sent, never that it arrived.
/// Source: https://invisible-island.net/xterm/ctlseqs/ctlseqs.html (Operating System Commands, Ps = 5 2),
/// https://github.com/tmux/tmux/wiki/Clipboard
public enum ClipboardSequence {
    /// The bytes that ask the terminal to copy `text` to the clipboard selection (`c`).
    public static func bytes(copying text: String) -> [UInt8] {
        let payload = Data(text.utf8).base64EncodedString()
        return Array("\u{1B}]52;c;\(payload)\u{07}".utf8)
    }
}
