import IAMKit

/// Switch Role, as the AWS console offers it: Account (ID or alias), Role (path/name), Display
/// name (suggested `Role @ account`), Colour; Switch Role; "Back to <user>"; the five most recent
/// roles for one-key switching. A refused switch shows the console's message and, beneath it,
/// why, from the engine's decision.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html,
/// iam-semantics.md §5.4.
public struct SwitchRolePage: FormValuesPage {
    /// The page's identity.
    public var id: PageID { .switchRole }
    /// Whether to show the guided explanations.
    let guided: Bool
    /// Account, Role, Display name, Colour.
    var form = FormValues(fields: [
        FormEntry(label: "Account", placeholder: "12-digit ID or alias", maxLength: 64, concept: .switchRole),
        FormEntry(label: "Role", placeholder: "role name (path/name if it has a path)", maxLength: 128, concept: .switchRole),
        FormEntry(label: "Display name", maxLength: 64, concept: .switchRole),
        FormEntry(label: "Colour", text: ConsoleColor.blue.rawValue, choices: ConsoleColor.allCases.map(\.rawValue), concept: .switchRole),
    ])
    /// The console session as last read.
    var session: ConsoleSession?
    /// The outcome of the last switch: success, or the console's message and why.
    var messages = MessageLine<IdentityLine>()
    /// The message line's text, owned by who is signed in (a switch does not drop it; another
    /// sign-in does).
    var message: [IdentityLine] {
        get { messages.lines }
        set { messages.show(newValue, owner: session.map { Self.owner(of: $0) } ?? "") }
    }

    /// A sign-in as a message owner.
    static func owner(of session: ConsoleSession) -> String {
        "\(session.signIn.displayName) @ \(session.signIn.accountID)"
    }

    /// Field indexes.
    static let account = 0, role = 1, displayName = 2, color = 3

    /// Command names of the page's keys.
    static let switchCommand = Command("switchRole.switch")
    static let switchBackCommand = Command("switchRole.back")
    static let recentCommands = (1...ConsoleSession.historyLimit).map { Command("switchRole.recent\($0)") }

    /// Creates the page, reading the console session from `environment`'s lab.
    public init(_ environment: ConsoleEnvironment) {
        self.guided = environment.options.guided
        reload(in: environment)
        updateSuggestion()
    }

    /// The page's keys.
    public var bindings: [KeyBinding] {
        let scope = KeyScope.page(.switchRole)
        var keys = FormValues.fieldBindings(prefix: "switchRole", scope: scope) + [
            KeyBinding([.enter], Self.switchCommand, title: "Switch Role", help: "Switch to the role in the form.", scope: scope,
                       showsInStatusBar: true),
            // Offered in the status bar only while a role is active (there is nothing to go back from otherwise).
            KeyBinding([.character("b")], Self.switchBackCommand, title: "Back to \(session?.signIn.displayName ?? "user")",
                       help: "Leave the role: the signed-in user's own permissions apply again.", scope: scope,
                       showsInStatusBar: session?.activeRole != nil,
                       availableWhen: "a role is active and no field has focus (Esc leaves the field)",
                       unavailableReason: { state in
                           let page = state.activePage as? SwitchRolePage
                           return page?.session?.activeRole == nil ? "no role is active" : nil
                       }),
        ]
        for (index, command) in Self.recentCommands.enumerated() {
            keys.append(KeyBinding([.character(Character(String(index + 1)))], command, title: "Recent role \(index + 1)",
                                   help: "Switch to role \(index + 1) of the role history.", scope: scope,
                                   availableWhen: "the history has that many roles and no field has focus",
                                   unavailableReason: { state in
                                       let page = state.activePage as? SwitchRolePage
                                       return (page?.session?.history.count ?? 0) > index ? nil : "the role history has no role \(index + 1)"
                                   }))
        }
        return keys
    }

    /// The form takes ↑ ↓ itself.
    public var usesListKeys: Bool { false }
    /// Typing while a text field has focus.
    public var isTyping: Bool { form.isTyping }
    /// Unsaved while something is typed.
    public var hasUnsavedInput: Bool { form.hasInput }

    /// Handles the page's commands.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormCommand(command, in: environment)
    }

    /// Shown again: reads the lab again.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        refreshOnShow(in: environment)
    }

    /// The page's commands.
    mutating func handleCommand(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        switch command {
        case Self.switchCommand: return switchRole(in: environment)
        case Self.switchBackCommand: return switchBack(in: environment)
        default:
            if let index = Self.recentCommands.firstIndex(of: command) { return switchRole(toRecent: index, in: environment) }
        }
        return []
    }

    /// Typed text goes to the focused field; ← → change the colour.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormKey(key)
    }

    /// Typing changed the form: update what depends on it.
    mutating func formChanged() {
        updateSuggestion()
    }

    /// The display name suggested from the role and account, as the console does.
    mutating func updateSuggestion() {
        let role = form[Self.role], account = form[Self.account]
        form.fields[Self.displayName].placeholder = role.isEmpty || account.isEmpty
            ? "suggested from role and account" : IAMService.suggestedDisplayName(role: role, account: account)
    }

    /// Reads the console session again.
    mutating func reload(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        guard var session = try? lab.consoleSession() else { session = nil; return }
        _ = lab.service.currentCaller(of: &session)
        self.session = session
        messages.follow(Self.owner(of: session))
    }

}
