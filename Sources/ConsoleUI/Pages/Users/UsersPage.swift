import IAMKit

/// Users and groups of the account the console acts in: create users and groups, add users to
/// groups, attach policies or write inline ones in `$EDITOR` (starting from the guide's
/// "allow sts:AssumeRole on the role's ARN"), create access keys (the secret shown once), set
/// up a virtual MFA device, and open a user or group to detach, delete or remove what it holds
/// or delete it. Every change is an IAMKit operation run as the console's current caller, so
/// AWS's authorization, validation and DeleteConflict rules apply and the CLI sees it at once.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
public struct UsersPage: Page {
    /// The page's identity.
    public var id: PageID { .users }
    /// Whether to show the guided explanations.
    let guided: Bool
    /// Every user then every group of the account.
    var rows: [UsersRow] {
        get { list.rows }
        set { list.setRows(newValue) }
    }
    /// The filter typed after `/`.
    var filter: String {
        get { list.filter }
        set { list.setFilter(newValue) }
    }
    /// The selection in the filtered list.
    var selection: ListSelection {
        get { list.selection }
        set { list.selection = newValue }
    }
    /// Every user then every group, the filter and what it lets through, the selection.
    var list = FilteredList<UsersRow>()
    /// The open prompt and its form, if any.
    var prompt: UsersPrompt?
    /// The prompt's fields.
    var form = FormValues(fields: [])
    /// The outcome of the last action (AWS's message on failure), owned by who was acting.
    var messages = MessageLine<IdentityLine>()
    /// A just-created access key: its secret is shown this once, until the next key.
    var revealedKey: AccessKey?
    /// The account shown, in words.
    var accountLabel = ""
    /// The caller's account ID (the account whose users these are).
    var accountID = ""
    /// ARNs of the lab's roles whose trust policy names this account: the inline-policy form
    /// offers the guide's `sts:AssumeRole` policy for each.
    var trustingRoleARNs: [String] = []
    /// The selection among the opened row's items; nil while the row is not open.
    var openItems: ListSelection?
    /// A change waiting for `y` in the shell's confirmation dialog.
    var pendingRemoval: UsersRemoval?
    /// An inline policy being written in `$EDITOR`.
    var draft: PolicyDraft?
    /// The TOTP step whose codes the MFA set-up form last showed.
    var mfaStepShown: UInt64?
    /// The MFA form's QR code fills the page (F3).
    var showsQRCode = false

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
    static let remove = Command("users.remove")
    static let edit = Command("users.edit")
    static let delete = Command("users.delete")
    static let addTag = Command("users.addTag")
    static let deleteAll = Command("users.deleteAll")
    /// The inline-policy form's "start from nothing" choice.
    static let emptyTemplate = "Empty policy"

    /// Creates the page; with `loadNow` false the users are read when the page is first shown,
    /// so the console's first frame does not wait for the lab (the escalation findings read
    /// every role of the account: 5,000 files on the benchmark's lab).
    public init(_ environment: ConsoleEnvironment, loadNow: Bool = true) {
        self.guided = environment.options.guided
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        if loadNow { reload(in: environment) }
    }

    /// The message line's text; what is written belongs to who the console acts as now.
    var message: [IdentityLine] {
        get { messages.lines }
        set { messages.show(newValue) }
    }

    /// The rows the filter lets through.
    var visibleRows: [UsersRow] { list.shownRows }

    /// The selected row, if any.
    var selectedRow: UsersRow? { list.selected }

    /// What the selected row holds (policies, groups or members, keys, MFA devices).
    var selectedItems: [UsersItem] { selectedRow.map(UsersItem.all) ?? [] }

    /// The selected item of the opened row, if any.
    var selectedItem: UsersItem? { openItems.flatMap { selectedItems[safe: $0.selected] } }

    /// Guided mode explains granting `sts:AssumeRole` while an inline policy is being written,
    /// else the page's own topic.
    public var guideTopic: ConceptID? {
        if case .inlinePolicy = prompt { return .grantingPermissionToSwitch }
        return draft == nil ? ConceptCatalog.topic(for: id) : .grantingPermissionToSwitch
    }

    /// Typing while a prompt's text field has focus.
    public var isTyping: Bool { prompt != nil && form.isTyping }
    /// A half-filled form or a draft is unsaved (a filter is not).
    public var hasUnsavedInput: Bool { draft != nil || (prompt != nil && prompt != .filter && form.hasInput) }

    /// Handles the page's commands: the dialog, the draft or the form first, then the list.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        revealedKey = nil
        if draft != nil { return handleDraft(command, in: environment) }
        if let prompt {
            if case .enableMFA = prompt, command == Self.qrCode || (showsQRCode && command == .back) {
                showsQRCode.toggle()
                return []
            }
            showsQRCode = false
            switch command {
            case Self.submit:
                if case .inlinePolicy(let row) = prompt { return startInlineDraft(for: row, in: environment) }
                submit(in: environment)
            case .moveDown: form.moveFocus(by: 1)
            case .moveUp: form.moveFocus(by: -1)
            case .back: closePrompt()
            default: break
            }
            return []
        }
        if openItems != nil, let effects = handleItems(command, in: environment) { return effects }
        switch command {
        case Self.newUser: open(.createUser)
        case Self.newGroup: open(.createGroup)
        case Self.addToGroup: if let row = selectedRow { open(.addToGroup(user: row.name)) }
        case Self.attachPolicy: if let row = selectedRow { open(.attachPolicy(row: row)) }
        case Self.inlinePolicy: if let row = selectedRow { open(.inlinePolicy(row: row)) }
        case Self.accessKey: createAccessKey(in: environment)
        case Self.setUpMFA: setUpMFA(in: environment)
        case Self.addTag: if let row = selectedRow, row.kind == .user { open(.tag(user: row.name, replacing: nil)) }
        case Self.filterCommand: open(.filter)
        case Self.refresh: reload(in: environment)
        case Self.delete: return askToDeleteSelected()
        case Self.deleteAll: return askToDeleteWithEverything()
        case Self.submit where selectedRow != nil:
            openItems = ListSelection()
            message = []
        case .back: message = []
        default:
            selection.apply(command, count: visibleRows.count, visibleRows: listHeight(body))
        }
        return []
    }

    /// The opened row's keys: ↑ ↓ move among its items, `x` removes one, `e` edits an inline
    /// policy, Esc closes it. Returns nil for commands the list handles.
    private mutating func handleItems(_ command: Command, in environment: ConsoleEnvironment) -> [Effect]? {
        guard var items = openItems else { return nil }
        if items.apply(command, count: selectedItems.count, visibleRows: 6) {
            openItems = items
            return []
        }
        switch command {
        case .back:
            openItems = nil
            message = []
        case Self.remove:
            return askToRemoveSelectedItem()
        case Self.edit:
            if case .tag(let tag) = selectedItem, let row = selectedRow {
                open(.tag(user: row.name, replacing: tag))
                openItems = items
                return []
            }
            return editSelectedInlinePolicy(in: environment)
        default:
            return nil
        }
        return []
    }

    /// Shown again: read what the CLI or other sessions changed.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        let identity = ConsolePages.messageOwner(lab: environment.lab)
        messages.follow(identity)
        reload(in: environment)
        messages.stamp(identity)
    }

    /// Typed text goes to the prompt's field; the filter applies as it is typed.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        revealedKey = nil
        guard prompt != nil, form.apply(key) else { return [] }
        if prompt == .filter {
            filter = form[0]
        }
        return []
    }

    /// Opens `prompt` with a fresh form.
    mutating func open(_ prompt: UsersPrompt) {
        self.prompt = prompt
        form = prompt.form(trustingRoleARNs: trustingRoleARNs)
        if prompt == .filter { form[0] = filter }
        message = []
        openItems = nil
    }

    /// Closes the prompt; Esc on the filter also clears it.
    mutating func closePrompt() {
        if prompt == .filter { filter = "" }
        prompt = nil
    }
}
