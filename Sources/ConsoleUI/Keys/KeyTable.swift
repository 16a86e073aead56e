/// The single key table: the shell's bindings plus every page's own.
public struct KeyTable: Sendable {
    /// All bindings, most specific scopes first.
    public let bindings: [KeyBinding]

    /// Creates a table from bindings.
    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// What a key means in `state`.
    public enum Resolution: Sendable {
        /// Run this binding's command.
        case command(KeyBinding)
        /// The key belongs to a binding that is unavailable now, with the reason.
        case unavailable(KeyBinding, reason: String)
        /// No binding: a page may take it as typed input.
        case unbound
    }

    /// Resolves `key` against the scopes active in `state`, most specific first.
    public func resolve(_ key: Key, in state: AppState) -> Resolution {
        let typing = state.isTyping
        for scope in state.activeScopes {
            for binding in bindings where binding.scope == scope {
                guard binding.activeKeys(typing: typing).contains(key) else { continue }
                if let reason = binding.unavailableReason(state) {
                    return .unavailable(binding, reason: reason)
                }
                return .command(binding)
            }
        }
        return .unbound
    }

    /// The bindings that apply in `state`, in scope order, without duplicates of a command.
    public func activeBindings(in state: AppState) -> [KeyBinding] {
        var seen = Set<Command>()
        var claimed = Set<Key>()
        var result: [KeyBinding] = []
        for scope in state.activeScopes {
            for binding in bindings where binding.scope == scope && !seen.contains(binding.command) {
                let keys = binding.activeKeys(typing: state.isTyping)
                // A binding whose every key the page took cannot fire here (the wizard's Tab
                // moves between fields, so "Next page" is not offered there).
                let reachable = keys.contains { !claimed.contains($0) }
                if case .page = scope { claimed.formUnion(keys) }
                if !reachable { continue }
                seen.insert(binding.command)
                result.append(binding)
            }
        }
        return result
    }

    /// The shell's own bindings: overlays, lists and global keys.
    public static let shell: [KeyBinding] = [
        KeyBinding([.character("y"), .enter], .confirm, title: "Yes", help: "Confirm the dialog.",
                   scope: .dialog, showsInStatusBar: true),
        KeyBinding([.ctrl("c")], .interrupt, title: "Quit anyway", help: "Quit without saving (a second Ctrl-C).",
                   scope: .dialog),
        KeyBinding([.character("n"), .escape], .dismiss, title: "No", help: "Dismiss the dialog and keep working.",
                   scope: .dialog, showsInStatusBar: true),
        KeyBinding([.character("?"), .function(1), .escape, .character("q")], .toggleHelp, title: "Close help",
                   help: "Close the help overlay.", scope: .help, showsInStatusBar: true),
        KeyBinding([.down, .character("j")], .helpLineDown, title: "Scroll", help: "Scroll the help down a line.",
                   scope: .help, showsInStatusBar: true),
        KeyBinding([.up, .character("k")], .helpLineUp, title: "Scroll up", help: "Scroll the help up a line.", scope: .help),
        KeyBinding([.pageDown, .character(" ")], .helpPageDown, title: "Page down", help: "Scroll the help down a screen.",
                   scope: .help),
        KeyBinding([.pageUp], .helpPageUp, title: "Page up", help: "Scroll the help up a screen.", scope: .help),
        KeyBinding([.ctrl("c")], .interrupt, title: "Quit", help: "Leave rolecall (asks first if a form has unsaved input).",
                   scope: .help),
        KeyBinding([.up, .character("k")], .moveUp, title: "Up", help: "Select the previous row.", scope: .list),
        KeyBinding([.down, .character("j")], .moveDown, title: "Down", help: "Select the next row.", scope: .list,
                   showsInStatusBar: true),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, title: "Page up", help: "Scroll up one screen.", scope: .list),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, title: "Page down", help: "Scroll down one screen.", scope: .list),
        KeyBinding([.home, .character("g")], .moveToFirst, title: "First", help: "Jump to the first row.", scope: .list),
        KeyBinding([.end, .character("G")], .moveToLast, title: "Last", help: "Jump to the last row.", scope: .list),
        KeyBinding([.enter], .activate, title: "Open", help: "Open the selected row.", scope: .list,
                   availableWhen: "the page has something to open",
                   unavailableReason: { $0.activePage?.canActivate == false ? "nothing to open here" : nil }),
        KeyBinding([.character("?"), .function(1)], .toggleHelp, title: "Help",
                   help: "Show every key that works here, and why a key is unavailable.", scope: .global,
                   showsInStatusBar: true),
        KeyBinding([.tab], .nextPage, title: "Next page", help: "Go to the next page.", scope: .global,
                   showsInStatusBar: true, availableWhen: "more than one page is open",
                   unavailableReason: { $0.pages.count < 2 ? "only one page is open" : nil }),
        KeyBinding([.backTab], .previousPage, title: "Previous page", help: "Go to the previous page.",
                   scope: .global, availableWhen: "more than one page is open",
                   unavailableReason: { $0.pages.count < 2 ? "only one page is open" : nil }),
        KeyBinding([.escape], .back, title: "Back", help: "Close what is open, or go back.", scope: .global),
        KeyBinding([.ctrl("z")], .suspend, title: "Suspend",
                   help: "Suspend rolecall to the shell; `fg` brings it back.", scope: .global),
        KeyBinding([.character("q")], .quit, title: "Quit",
                   help: "Leave rolecall (asks first if a form has unsaved input).", scope: .global,
                   showsInStatusBar: true),
        KeyBinding([.ctrl("c")], .interrupt, title: "Quit",
                   help: "Leave rolecall at once; asks first if a form has unsaved input.", scope: .global),
        // Not in the status bar (the welcome page and the guide panel's own border name it, so
        // every page keeps its hints); F2 and Ctrl-G also work while a field has focus.
        KeyBinding([.function(2), .ctrl("g")], .toggleGuide, title: "Guide",
                   help: "Guided mode: show or hide a short explanation of the page or field in use, with its AWS page (as `--guided`).",
                   scope: .global),
        KeyBinding([.function(3)], .toggleExercise, title: "Exercise",
                   help: "Show or hide the Exercise panel: the lab's exercise, each task ticked as it becomes true (rolecall lab exercise start N).",
                   scope: .global),
        KeyBinding([.function(4)], .exerciseHint, title: "Hint",
                   help: "Show the hint and the engine's reason for the exercise's next task.", scope: .global,
                   availableWhen: "an exercise is shown with a task left",
                   unavailableReason: { $0.exercise.isShown && $0.exercise.report?.nextTask != nil ? nil : "no exercise task is left to hint at" }),
    ] + (1...9).map { number in
        // Last, so the help overlay lists the keys everyone needs first.
        KeyBinding([.character(Character(String(number)))], .goToPage(number), title: "Page \(number)",
                   help: "Go straight to the page in tab \(number) of the header, counting from the left (not while typing in a field).",
                   scope: .global, availableWhen: "the page exists",
                   unavailableReason: { $0.pages.count < number ? "there is no page \(number)" : nil })
    }
}
