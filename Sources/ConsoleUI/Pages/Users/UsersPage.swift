import IAMKit

/// Users and groups of the account the console acts in: create users and groups, add users to
/// groups, attach or write policies, create access keys (the secret shown once), and set up a
/// virtual MFA device (Base32 seed and `otpauth://` URI, confirmed with two consecutive codes).
/// Every change is an IAMKit operation run as the console's current caller, so AWS's
/// authorization and validation apply and the CLI sees it at once.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
public struct UsersPage: Page {
    /// The page's identity.
    public var id: PageID { .users }
    /// The lab.
    let lab: any LabGateway
    /// Whether to show the guided explanations.
    let guided: Bool
    /// Every user then every group of the account.
    var rows: [UsersRow] = []
    /// The filter typed after `/`.
    var filter = ""
    /// The selection in the filtered list.
    var selection = ListSelection()
    /// The open prompt and its form, if any.
    var prompt: UsersPrompt?
    /// The prompt's fields.
    var form = IdentityForm(fields: [])
    /// The outcome of the last action (AWS's message on failure).
    var message: [IdentityLine] = []
    /// A just-created access key: its secret is shown this once, until the next key.
    var revealedKey: AccessKey?
    /// The account shown, in words.
    var accountLabel = ""

    /// Command names of the page's keys.
    static let newUser = Command("users.newUser")
    static let newGroup = Command("users.newGroup")
    static let addToGroup = Command("users.addToGroup")
    static let attachPolicy = Command("users.attachPolicy")
    static let inlinePolicy = Command("users.inlinePolicy")
    static let accessKey = Command("users.accessKey")
    static let setUpMFA = Command("users.setUpMFA")
    static let refresh = Command("users.refresh")
    static let filterCommand = Command("users.filter")
    static let submit = Command("users.submit")

    /// Creates the page over `lab`.
    public init(lab: any LabGateway, guided: Bool = false) {
        self.lab = lab
        self.guided = guided
        reload()
    }

    /// The rows the filter lets through.
    var visibleRows: [UsersRow] {
        guard !filter.isEmpty else { return rows }
        return rows.filter { $0.name.lowercased().contains(filter.lowercased()) }
    }

    /// The selected row, if any.
    var selectedRow: UsersRow? { visibleRows[safe: selection.selected] }

    /// The page's keys.
    public var bindings: [KeyBinding] {
        let scope = KeyScope.page(.users)
        let selectedUser: @Sendable (AppState) -> String? = { state in
            (state.activePage as? UsersPage)?.selectedRow?.kind == .user ? nil : "select a user first"
        }
        let selectedAny: @Sendable (AppState) -> String? = { state in
            (state.activePage as? UsersPage)?.selectedRow == nil ? "select a user or group first" : nil
        }
        return [
            KeyBinding([.enter], Self.submit, title: "Submit", help: "Run the action of the open form.", scope: scope,
                       showsInStatusBar: prompt != nil, availableWhen: "a form is open",
                       unavailableReason: { ($0.activePage as? UsersPage)?.prompt == nil ? "no form is open" : nil }),
            KeyBinding([.character("n")], Self.newUser, title: "New user", help: "Create an IAM user (CreateUser).", scope: scope,
                       showsInStatusBar: true),
            KeyBinding([.character("N")], Self.newGroup, title: "New group", help: "Create an IAM group (CreateGroup).", scope: scope),
            KeyBinding([.character("a")], Self.addToGroup, title: "Add to group", help: "Add the selected user to a group (AddUserToGroup).",
                       scope: scope, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("p")], Self.attachPolicy, title: "Attach policy",
                       help: "Attach a managed policy by ARN to the selected user or group.", scope: scope,
                       availableWhen: "a user or group is selected", unavailableReason: selectedAny),
            KeyBinding([.character("i")], Self.inlinePolicy, title: "Inline policy",
                       help: "Write an inline policy (JSON) for the selected user or group.", scope: scope,
                       availableWhen: "a user or group is selected", unavailableReason: selectedAny),
            KeyBinding([.character("k")], Self.accessKey, title: "Access key",
                       help: "Create an access key for the selected user; the secret is shown only once.", scope: scope,
                       showsInStatusBar: true, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("m")], Self.setUpMFA, title: "Set up MFA",
                       help: "Create a virtual MFA device for the selected user and enable it with two consecutive codes.",
                       scope: scope, showsInStatusBar: true, availableWhen: "a user is selected", unavailableReason: selectedUser),
            KeyBinding([.character("/")], Self.filterCommand, title: "Filter", help: "Show only the users and groups whose name contains the text.",
                       scope: scope),
            KeyBinding([.character("r")], Self.refresh, title: "Refresh", help: "Read the lab again (changes from the CLI or other sessions).",
                       scope: scope),
        ]
    }

    /// Typing while a prompt's text field has focus.
    public var isTyping: Bool { prompt != nil && form.isTyping }
    /// A half-filled form is unsaved (a filter is not).
    public var hasUnsavedInput: Bool { prompt != nil && prompt != .filter && form.hasInput }

    /// Handles the page's commands.
    public mutating func handle(_ command: Command, body: Rect) -> [Effect] {
        revealedKey = nil
        if prompt != nil {
            switch command {
            case Self.submit: submit()
            case .moveDown: form.moveFocus(by: 1)
            case .moveUp: form.moveFocus(by: -1)
            case .back: closePrompt()
            default: break
            }
            return []
        }
        switch command {
        case Self.newUser: open(.createUser)
        case Self.newGroup: open(.createGroup)
        case Self.addToGroup: if let row = selectedRow { open(.addToGroup(user: row.name)) }
        case Self.attachPolicy: if let row = selectedRow { open(.attachPolicy(row: row)) }
        case Self.inlinePolicy: if let row = selectedRow { open(.inlinePolicy(row: row)) }
        case Self.accessKey: createAccessKey()
        case Self.setUpMFA: setUpMFA()
        case Self.filterCommand: open(.filter)
        case Self.refresh: reload()
        case .back: message = []
        default:
            selection.apply(command, count: visibleRows.count, visibleRows: Self.listHeight(body, expanded: isExpanded))
        }
        return []
    }

    /// Shown again: read what the CLI or other sessions changed.
    public mutating func becameActive() {
        reload()
    }

    /// Typed text goes to the prompt's field; the filter applies as it is typed.
    public mutating func handleUnbound(_ key: Key) -> [Effect] {
        revealedKey = nil
        guard prompt != nil, form.apply(key) else { return [] }
        if prompt == .filter {
            filter = form[0]
            selection.select(0, count: visibleRows.count, visibleRows: 1)
        }
        return []
    }

    /// Opens `prompt` with a fresh form.
    mutating func open(_ prompt: UsersPrompt) {
        self.prompt = prompt
        form = prompt.form
        if prompt == .filter { form[0] = filter }
        message = []
    }

    /// Closes the prompt; Esc on the filter also clears it.
    mutating func closePrompt() {
        if prompt == .filter { filter = "" }
        prompt = nil
    }
}
