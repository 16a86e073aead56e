extension KeyTable {
    /// docs/keybindings.md, generated from the bindings so the document cannot drift from the
    /// keys that actually work.
    public static func markdown(for bindings: [KeyBinding]) -> String {
        var out = """
        # Key bindings

        <!-- Generated from the key table (ConsoleUI/Keys/KeyTable.swift and each page's `bindings`).
             Do not edit by hand: run `ROLECALL_RECORD_DOCS=1 swift test --filter KeyBindingsDocTests`. -->

        One table drives key handling, the status bar, the `?` help overlay and this page.
        Scopes are listed from the most specific to the most general: a key in a dialog wins over
        the same key on a page, which wins over the same key everywhere. Single-character keys
        (vim keys, `q`, `?`) stand aside while a text field has focus, so they can be typed;
        the other keys of the same binding (arrows, F1, Esc) keep working.

        ## Text fields

        Every editable field is the same text field. While one has focus the status bar says
        `EDITING`, printable keys are typed, and page keys wait until Esc leaves the field. Moving
        into a field that already holds a value selects it, so typing replaces it.

        | Keys | What it does |
        | --- | --- |

        """
        for (keys, help) in TextField.editingKeys {
            out += "| \(keys.map { "`\($0.displayName)`" }.joined(separator: " ")) | \(help) |\n"
        }
        out += """

        The help overlay (`?`) is modal: it takes every key, ↑ ↓ PgUp PgDn scroll it, Esc closes it.

        ## Mouse

        Where the terminal reports the mouse, a click or the wheel stands for the keys below
        (`MouseRouter`), so the keyboard stays complete on its own and the mouse can do nothing
        it cannot. `ROLECALL_NO_MOUSE=1` leaves the mouse to the terminal; otherwise most
        terminals select text with Shift held down.

        | Mouse | Same as |
        | --- | --- |
        | Wheel up / down | `↑` / `↓` three times (lists, the help overlay, the wizard) |
        | Click a header tab | its digit |
        | Click a key in the status bar (`q Quit`, `Enter Next`) | that key |
        | Click a `[ button ]` | `Enter` |
        | Click a list row, a form field or a detail tab | the `↓` `↑` `→` `←` `Tab` presses that move the selection or focus there |
        | Click the selected row | `Enter` (opens it) |
        | Click a checkbox or choice | moves there, then `Space` |

        Clicks in the page do nothing while the help overlay or a confirmation is open (they are modal).

        """
        var scopes: [KeyScope] = []
        for binding in bindings where !scopes.contains(binding.scope) { scopes.append(binding.scope) }
        for scope in scopes {
            out += "\n## \(scope.heading)\n\n| Keys | Action | What it does | Available when |\n| --- | --- | --- | --- |\n"
            for binding in bindings where binding.scope == scope {
                let keys = binding.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
                let when = binding.availableWhen.isEmpty ? "always" : binding.availableWhen
                out += "| \(keys) | \(binding.title) | \(binding.help) | \(when) |\n"
            }
        }
        return out
    }
}
