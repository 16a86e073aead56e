extension Command {
    /// Roles: filter the list.
    static let rolesFilter = Command("roles.filter")
    /// Roles: change the sort order.
    static let rolesSort = Command("roles.sort")
    /// Roles: open the Create role wizard.
    static let rolesNew = Command("roles.new")
    /// Roles: reload from the lab.
    static let rolesReload = Command("roles.reload")
    /// Roles: previous detail tab.
    static let rolesPreviousTab = Command("roles.previousTab")
    /// Roles: next detail tab.
    static let rolesNextTab = Command("roles.nextTab")
    /// Roles: attach a managed policy.
    static let rolesAttach = Command("roles.attachPolicy")
    /// Roles: add an inline policy in `$EDITOR`.
    static let rolesAddInline = Command("roles.addInlinePolicy")
    /// Roles: detach or delete the selected policy.
    static let rolesRemovePolicy = Command("roles.removePolicy")
    /// Roles: edit the trust policy, the description, or the draft again.
    static let rolesEdit = Command("roles.edit")
    /// Roles: add a tag to the open role.
    static let rolesAddTag = Command("roles.addTag")
    /// Roles: delete the role.
    static let rolesDelete = Command("roles.delete")
}

extension RolesPage {
    /// The page's keys: one table drives handling, the status bar, `?` and docs/keybindings.md.
    public static let pageBindings: [KeyBinding] = [
        KeyBinding([.character("/")], .rolesFilter, title: "Filter", help: "Filter roles by name, ARN or trusted entity.",
                   scope: .page(.roles), showsInStatusBar: true, availableWhen: "the roles list is shown",
                   unavailableReason: when { $0.detail != nil || $0.draft != nil ? "close the role first (Esc)" : nil }),
        KeyBinding([.character("s")], .rolesSort, title: "Sort",
                   help: "Sort: name, trusted entities, created, last used.", scope: .page(.roles),
                   availableWhen: "the roles list is shown",
                   unavailableReason: when { $0.detail != nil || $0.draft != nil ? "close the role first (Esc)" : nil }),
        KeyBinding([.character("n")], .rolesNew, title: "New role", help: "Open the Create role wizard.",
                   scope: .page(.roles), showsInStatusBar: true),
        KeyBinding([.character("r")], .rolesReload, title: "Reload",
                   help: "Reload what the CLI or other sessions changed.", scope: .page(.roles)),
        KeyBinding([.left], .rolesPreviousTab, title: "Previous tab", help: "Show the previous tab of the role.",
                   scope: .page(.roles), availableWhen: "a role is open",
                   unavailableReason: when { $0.detail == nil ? "open a role first (Enter)" : nil }),
        KeyBinding([.right], .rolesNextTab, title: "Next tab", help: "Show the next tab of the role.",
                   scope: .page(.roles), showsInStatusBar: true, availableWhen: "a role is open",
                   unavailableReason: when { $0.detail == nil ? "open a role first (Enter)" : nil }),
        KeyBinding([.character("a")], .rolesAttach, title: "Attach", help: "Attach a managed policy from the catalog.",
                   scope: .page(.roles), availableWhen: "the Permissions tab is shown",
                   unavailableReason: when { $0.detail?.tab == .permissions ? nil : "open a role's Permissions tab" }),
        KeyBinding([.character("i")], .rolesAddInline, title: "Add inline",
                   help: "Write an inline policy in $EDITOR (validated first).", scope: .page(.roles),
                   availableWhen: "the Permissions tab is shown",
                   unavailableReason: when { $0.detail?.tab == .permissions ? nil : "open a role's Permissions tab" }),
        KeyBinding([.character("x")], .rolesRemovePolicy, title: "Remove",
                   help: "Detach the selected policy (or delete it, if inline), or remove the selected tag.", scope: .page(.roles),
                   availableWhen: "a policy is selected on the Permissions tab, or a tag on the Tags tab",
                   unavailableReason: when { $0.detail?.selectedPermission == nil && $0.detail?.selectedTag == nil ? "select a policy on the Permissions tab or a tag on the Tags tab" : nil }),
        KeyBinding([.character("t")], .rolesAddTag, title: "Add tag",
                   help: "Add a tag to the open role (its key, then its value; TagRole's rules and messages).", scope: .page(.roles),
                   availableWhen: "a role is open",
                   unavailableReason: when { $0.detail == nil ? "open a role first (Enter)" : nil }),
        KeyBinding([.character("e")], .rolesEdit, title: "Edit",
                   help: "Edit: inline or trust policy in $EDITOR, the description, or the selected tag.",
                   scope: .page(.roles), availableWhen: "a role is open, or a draft is open",
                   unavailableReason: when { $0.draft != nil || $0.detail != nil ? nil : "open a role first (Enter)" }),
        KeyBinding([.character("D")], .rolesDelete, title: "Delete role",
                   help: "Delete the role, after typing its name.",
                   scope: .page(.roles), availableWhen: "a role is selected or open",
                   unavailableReason: when { $0.detail == nil && $0.selectedRow == nil ? "no role is selected" : nil }),
    ]

    /// A reason check that looks at this page's state (bindings only see the app state).
    private static func when(_ check: @escaping @Sendable (RolesPage) -> String?) -> @Sendable (AppState) -> String? {
        { state in (state.activePage as? RolesPage).flatMap(check) }
    }
}
