/// What the Sign in, Switch Role and Session pages share: a form that takes ↑ ↓ and typed
/// text, a reload when the page is shown again, and the header refresh that follows it.
protocol IdentityFormPage: Page {
    /// The lab.
    var lab: any LabGateway { get }
    /// The page's form.
    var form: IdentityForm { get set }
    /// A header refresh owed since the page was shown again.
    var headerRefresh: HeaderRefresh { get set }
    /// Reads what the page shows from the lab again.
    mutating func reload()
    /// The page's own commands (field moves are handled before).
    mutating func handleCommand(_ command: Command) -> [Effect]
    /// Called after typing changed the form (suggestions, completions).
    mutating func formChanged()
}

extension IdentityFormPage {
    /// Field moves, then the page's commands, with any header refresh owed.
    mutating func handleFormCommand(_ command: Command) -> [Effect] {
        let header = headerRefresh.take(lab)
        if form.navigate(command) { return header }
        return header + handleCommand(command)
    }

    /// Typed text goes to the focused field (typing with none focused starts at the first).
    mutating func handleFormKey(_ key: Key) -> [Effect] {
        let header = headerRefresh.take(lab)
        if form.apply(key) { formChanged() }
        return header
    }

    /// Shown again: read the lab again; the header follows with the next key, since a page
    /// cannot return effects from `becameActive`.
    mutating func refreshOnShow() {
        reload()
        headerRefresh.isPending = true
    }
}
