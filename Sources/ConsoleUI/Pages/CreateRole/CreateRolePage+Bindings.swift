/// The wizard's keys: one table row each, so the status bar, the `?` overlay and
/// docs/keybindings.md describe exactly what works.
extension Command {
    /// Move focus to the next field.
    static let createRoleNextField = Command("createRole.nextField")
    /// Move focus to the previous field.
    static let createRolePreviousField = Command("createRole.previousField")
    /// Down: next row of a list, else next field.
    static let createRoleDown = Command("createRole.down")
    /// Up: previous row of a list, else previous field.
    static let createRoleUp = Command("createRole.up")
    /// Next step, Create role, or the highlighted offer.
    static let createRoleNext = Command("createRole.next")
    /// Back one step (asks before throwing input away).
    static let createRoleBack = Command("createRole.back")
    /// Toggle a checkbox or choice, or choose the highlighted policy.
    static let createRoleToggle = Command("createRole.toggle")
    /// Filter the policy list.
    static let createRoleFilter = Command("createRole.filter")
    /// Use the highlighted policy as the permissions boundary.
    static let createRoleBoundary = Command("createRole.boundary")
    /// Show the preview instead of the form (narrow terminals).
    static let createRolePreview = Command("createRole.preview")
    /// Help on the focused field.
    static let createRoleFieldHelp = Command("createRole.fieldHelp")
    /// Scroll up one screen.
    static let createRolePageUp = Command("createRole.pageUp")
    /// Scroll down one screen.
    static let createRolePageDown = Command("createRole.pageDown")
}

extension CreateRolePage {
    /// Terminals at least this wide show the preview beside the form.
    public static let sideBySideWidth = 110

    /// The wizard's state on the active page of `app`, if the wizard is active.
    static func wizard(_ app: AppState) -> CreateRoleState? {
        (app.activePage as? CreateRolePage)?.state
    }

    /// The wizard's key bindings.
    public static let keyBindings: [KeyBinding] = {
        let scope = KeyScope.page(pageID)
        return [
            KeyBinding([.enter], .createRoleNext, title: "Next", help: "Go to the next step; on Review, create the role; after that, run the highlighted offer.",
                       scope: scope, showsInStatusBar: true, availableWhen: "the step is valid (the reason is shown otherwise)",
                       unavailableReason: { wizard($0)?.nextBlockedReason }),
            KeyBinding([.escape], .createRoleBack, title: "Back", help: "Close help or the preview, else go back one step; on the first step, asks before discarding what you entered.",
                       scope: scope, showsInStatusBar: true),
            KeyBinding([.tab], .createRoleNextField, title: "Next field", help: "Move to the next field of the step.", scope: scope,
                       showsInStatusBar: true),
            KeyBinding([.backTab], .createRolePreviousField, title: "Previous field", help: "Move to the previous field of the step.", scope: scope),
            KeyBinding([.down], .createRoleDown, title: "Down", help: "Next row of a list, else the next field.", scope: scope),
            KeyBinding([.up], .createRoleUp, title: "Up", help: "Previous row of a list, else the previous field.", scope: scope),
            KeyBinding([.character(" ")], .createRoleToggle, title: "Toggle", help: "Tick or clear a checkbox, switch the trusted account choice, or choose the highlighted policy.",
                       scope: scope, showsInStatusBar: true),
            KeyBinding([.character("/")], .createRoleFilter, title: "Filter", help: "Type to filter the policy list by name.", scope: scope,
                       availableWhen: "on the permissions step",
                       unavailableReason: { wizard($0)?.step == .permissions ? nil : "only the permissions step has a list to filter" }),
            KeyBinding([.character("b")], .createRoleBoundary, title: "Boundary", help: "Use the highlighted policy as the permissions boundary (again to clear it).",
                       scope: scope, availableWhen: "on the permissions step",
                       unavailableReason: { wizard($0)?.step == .permissions ? nil : "a boundary is chosen on the permissions step" }),
            KeyBinding([.character("v")], .createRolePreview, title: "Preview", help: "Show the live trust policy and findings instead of the form (narrow terminals).",
                       scope: scope, availableWhen: "the terminal is narrower than 110 columns",
                       unavailableReason: { $0.size.width >= sideBySideWidth ? "the preview is already beside the form" : nil }),
            KeyBinding([.character("?"), .function(1)], .createRoleFieldHelp, title: "Field help", help: "What the focused field means in IAM, with the AWS documentation link.",
                       scope: scope, showsInStatusBar: true),
            KeyBinding([.pageUp], .createRolePageUp, title: "Page up", help: "Scroll the list or the review up one screen.", scope: scope),
            KeyBinding([.pageDown], .createRolePageDown, title: "Page down", help: "Scroll the list or the review down one screen.", scope: scope),
        ] + commandBindings
    }()
}
