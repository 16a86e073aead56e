extension UsersPage {
    /// The page's keys: one table drives handling, the status bar, `?` and docs/keybindings.md.
    /// A confirmation is the shell's modal dialog, which takes every key while open.
    public var bindings: [KeyBinding] {
        let scope = KeyScope.page(.users)
        let inStatusBar = draft == nil
        let open = KeyBinding([.enter], Self.submit, title: prompt == nil ? "Open" : "Submit",
                              help: "Open the selected user or group (its policies, groups, keys and MFA); in a form, run it.",
                              scope: scope, showsInStatusBar: prompt != nil || (inStatusBar && openItems == nil),
                              availableWhen: "a user or group is selected, or a form is open",
                              unavailableReason: when { $0.prompt == nil && $0.selectedRow == nil ? "nothing to open" : nil })
        let selectedUser = when { $0.selectedRow?.kind == .user ? nil : "select a user first" }
        let selectedAny = when { $0.selectedRow == nil ? "select a user or group first" : nil }
        return [open,
            KeyBinding([.character("n")], Self.newUser, title: "New user", help: "Create an IAM user (CreateUser).", scope: scope,
                       showsInStatusBar: inStatusBar && openItems == nil),
            KeyBinding([.character("N")], Self.newGroup, title: "New group", help: "Create an IAM group (CreateGroup).", scope: scope),
            KeyBinding([.character("a")], Self.addToGroup, title: "Add to group", help: "Add the selected user to a group (AddUserToGroup).",
                       scope: scope, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("p")], Self.attachPolicy, title: "Attach policy",
                       help: "Attach a managed policy by ARN to the selected user or group.", scope: scope,
                       availableWhen: "a user or group is selected", unavailableReason: selectedAny),
            KeyBinding([.character("i")], Self.inlinePolicy, title: "Inline policy",
                       help: "Write an inline policy in $EDITOR, from the guide's sts:AssumeRole policy for a role trusting this account, or empty.",
                       scope: scope, showsInStatusBar: inStatusBar, availableWhen: "a user or group is selected",
                       unavailableReason: selectedAny),
            KeyBinding([.character("e")], Self.edit, title: "Edit",
                       help: "Edit the selected inline policy in $EDITOR (validated first) or the selected tag, or go back to the open draft.",
                       scope: scope, showsInStatusBar: openItems != nil || draft != nil,
                       availableWhen: "an opened user's inline policy is selected, or a draft is open",
                       unavailableReason: when { page in
                           if page.draft != nil { return nil }
                           if case .inlinePolicy = page.selectedItem { return nil }
                           if case .tag = page.selectedItem { return nil }
                           return page.openItems == nil ? "open a user or group first (Enter)" : "select an inline policy or a tag"
                       }),
            KeyBinding([.character("t")], Self.addTag, title: "Add tag",
                       help: "Add a tag (key and value) to the selected user (TagUser's rules and messages).",
                       scope: scope, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("x")], Self.remove, title: "Remove",
                       help: "Detach the selected managed policy, delete an inline policy or access key, remove from a group, remove an MFA device or a tag (asks first).",
                       scope: scope, showsInStatusBar: openItems != nil, availableWhen: "an item of an opened user or group is selected",
                       unavailableReason: when { $0.selectedItem == nil ? ($0.openItems == nil ? "open a user or group first (Enter)" : "it holds nothing") : nil }),
            KeyBinding([.character("D")], Self.delete, title: "Delete",
                       help: "Delete the selected user or group (DeleteUser, DeleteGroup; asks first; IAM refuses while it holds anything).",
                       scope: scope, availableWhen: "a user or group is selected", unavailableReason: selectedAny),
            KeyBinding([.character("X")], Self.deleteAll, title: "Delete all",
                       help: "Delete the selected user or group after removing everything it holds, one IAM call each (asks first, listing it).",
                       scope: scope, availableWhen: "a user or group is selected", unavailableReason: selectedAny),
            KeyBinding([.character("k")], Self.accessKey, title: "Access key",
                       help: "Create an access key for the selected user; the secret is shown only once.", scope: scope,
                       showsInStatusBar: inStatusBar && openItems == nil, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("m")], Self.setUpMFA, title: "Set up MFA",
                       help: "Create a virtual MFA device for the selected user and enable it with two consecutive codes.",
                       scope: scope, showsInStatusBar: inStatusBar && openItems == nil, availableWhen: "a user is selected",
                       unavailableReason: selectedUser),
            KeyBinding([.function(3)], Self.qrCode, title: "QR code",
                       help: "While setting up a virtual MFA device: show its QR code full page for a phone's authenticator app (F3 or Esc returns).",
                       scope: scope, showsInStatusBar: mfaSetUpURI != nil, availableWhen: "the MFA set-up form is open",
                       unavailableReason: when { $0.mfaSetUpURI == nil ? "set up an MFA device first (m)" : nil }),
            KeyBinding([.character("/")], Self.filterCommand, title: "Filter", help: "Show only the users and groups whose name contains the text.",
                       scope: scope),
            KeyBinding([.character("r")], Self.refresh, title: "Refresh", help: "Read the lab again (changes from the CLI or other sessions).",
                       scope: scope),
        ]
    }

    /// A reason check that looks at this page's state (bindings only see the app state).
    private func when(_ check: @escaping @Sendable (UsersPage) -> String?) -> @Sendable (AppState) -> String? {
        { state in (state.activePage as? UsersPage).flatMap(check) }
    }
}
