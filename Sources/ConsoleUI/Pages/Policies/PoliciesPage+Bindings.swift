extension Command {
    /// Policies: filter.
    static let policiesFilter = Command("policies.filter")
    /// Policies: cycle the type shown.
    static let policiesScope = Command("policies.scope")
    /// Policies: create a customer managed policy in `$EDITOR`.
    static let policiesCreate = Command("policies.create")
    /// Policies: edit (new default version) in `$EDITOR`, or the draft again.
    static let policiesEdit = Command("policies.edit")
    /// Policies: reload.
    static let policiesReload = Command("policies.reload")
}

extension PoliciesPage {
    /// The page's keys (also in docs/keybindings.md).
    public static let pageBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .policiesFilter, title: "Filter", help: "Filter policies by name or description.",
                   scope: .page(.policies), showsInStatusBar: true, availableWhen: "the policy list is shown",
                   unavailableReason: when { $0.detail != nil || $0.draft != nil ? "close the policy first (Esc)" : nil }),
        KeyBinding([.character("t")], .policiesScope, title: "Type",
                   help: "Show all, AWS managed or customer managed policies.", scope: .page(.policies),
                   availableWhen: "the policy list is shown",
                   unavailableReason: when { $0.detail != nil || $0.draft != nil ? "close the policy first (Esc)" : nil }),
        KeyBinding([.character("c")], .policiesCreate, title: "Create",
                   help: "Write a new customer managed policy in $EDITOR.",
                   scope: .page(.policies), showsInStatusBar: true, availableWhen: "no draft is open",
                   unavailableReason: when { $0.draft != nil ? "finish or discard the open draft first" : nil }),
        KeyBinding([.character("e")], .policiesEdit, title: "Edit",
                   help: "Edit in $EDITOR; saving makes a new default version.",
                   scope: .page(.policies), showsInStatusBar: true,
                   availableWhen: "a customer managed policy is open or selected, or a draft is open",
                   unavailableReason: when { page in
                       if page.draft != nil { return nil }
                       let arn = page.detail?.info.arn ?? page.selectedPolicy?.arn
                       guard let arn else { return "select a policy first" }
                       return PolicyPicker.typeName(of: arn) == "AWS managed" ? "AWS managed policies cannot be changed" : nil
                   }),
        KeyBinding([.character("r")], .policiesReload, title: "Reload",
                   help: "Reload what the CLI or other sessions changed.", scope: .page(.policies)),
    ]

    private static func when(_ check: @escaping @Sendable (PoliciesPage) -> String?) -> @Sendable (AppState) -> String? {
        { state in (state.activePage as? PoliciesPage).flatMap(check) }
    }
}
