/// What the Sign in, Switch Role and Session pages share: a form that takes ↑ ↓ and typed
/// text, and a reload when the page is shown again (the shell re-reads the header's identity
/// itself when a page is shown).
protocol FormValuesPage: Page {
    /// The page's form.
    var form: FormValues { get set }
    /// Reads what the page shows from the lab again.
    mutating func reload(in environment: ConsoleEnvironment)
    /// The page's own commands (field moves are handled before).
    mutating func handleCommand(_ command: Command, in environment: ConsoleEnvironment) -> [Effect]
    /// Called after typing changed the form (suggestions, completions).
    mutating func formChanged()
}

extension FormValuesPage {
    /// Field moves, then the page's commands.
    mutating func handleFormCommand(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        if form.navigate(command) { return [] }
        return handleCommand(command, in: environment)
    }

    /// Typed text goes to the focused field (typing with none focused starts at the first).
    mutating func handleFormKey(_ key: Key) -> [Effect] {
        if form.apply(key) { formChanged() }
        return []
    }

    /// Shown again: read the lab again.
    mutating func refreshOnShow(in environment: ConsoleEnvironment) {
        reload(in: environment)
    }
}
