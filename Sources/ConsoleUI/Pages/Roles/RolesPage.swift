import IAMKit

/// The Roles page: the account's roles (filter, sort, paging through thousands), and a role's
/// detail with Permissions, Trust relationships, Who can assume and Details tabs. Every change
/// goes through IAMKit's operations as the console's current caller, so AWS's rules and
/// messages apply and a CLI user on the same store sees it at once.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage.html
public struct RolesPage: Page {
    /// The page's identity.
    public var id: PageID { .roles }
    /// `--guided` and friends.
    let options: ConsolePages.Options
    /// The lab's change marker at the last load; a different one means reload.
    var loadedMarker: UInt64?
    /// The roles of the caller's account, the filter (`/`), what it lets through in `sort`'s
    /// order, and the selection.
    var list = FilteredList<RoleRow>()
    /// The list order.
    public internal(set) var sort = RoleSort.name
    /// Every role of the caller's account, unsorted.
    public internal(set) var rows: [RoleRow] {
        get { list.rows }
        set { list.setRows(newValue) }
    }
    /// Indices into `rows` after filter and sort: what the list shows.
    public var shown: [Int] { list.shown }
    /// The filter text (`/`).
    public internal(set) var filter: String {
        get { list.filter }
        set { list.setFilter(newValue) }
    }
    /// The list's selection.
    public internal(set) var selection: ListSelection {
        get { list.selection }
        set { list.selection = newValue }
    }
    /// The open role, if any.
    public internal(set) var detail: RoleDetail?
    /// A text field the page is asking for, if any.
    public internal(set) var prompt: RolesPrompt?
    /// The catalog picker of "Attach policies", if open.
    public internal(set) var picker: PolicyPicker?
    /// A policy draft being written in `$EDITOR`.
    public internal(set) var draft: PolicyDraft?
    /// The outcome of the last action (AWS's message on failure), owned by who was acting.
    var messages = MessageLine<PageMessage>()
    /// The message line's text; what is written belongs to who the console acts as now.
    public internal(set) var message: PageMessage? {
        get { messages.lines.first }
        set { messages.show(newValue.map { [$0] } ?? []) }
    }
    /// Rows visible at once, remembered from the last command (for PgUp/PgDn).
    var visibleRows = 10
    /// The size of the tab's content area at the last command (for scrolling wrapped text).
    var contentSize = Size(width: 78, height: 18)

    /// Creates the page; with `loadNow` false the roles are read when the page is first shown,
    /// so the console's first frame does not wait for a lab of thousands of roles.
    public init(_ environment: ConsoleEnvironment, loadNow: Bool = true) {
        self.options = environment.options
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        if loadNow { reload(force: true, in: environment) }
    }

    /// Keys the page declares.
    public var bindings: [KeyBinding] { Self.pageBindings }
    /// A text field or the picker's filter has focus.
    public var isTyping: Bool { prompt != nil || picker != nil }
    /// Typed text in a prompt (other than the filter) would be lost.
    public var hasUnsavedInput: Bool {
        if let prompt, prompt.purpose != .filter, !prompt.field.text.isEmpty { return true }
        return draft != nil
    }
    /// Enter opens a role, attaches the picked policy, or submits a prompt.
    public var canActivate: Bool {
        if prompt != nil { return true }
        if let picker { return picker.shownCount > 0 }
        if draft != nil { return false }
        if let detail { return detail.tab == .permissions && detail.selectedPermission != nil }
        return !shown.isEmpty
    }

    /// What guided mode explains: the list, or the idea behind the tab in use (principal IDs
    /// once the trust policy shows a deleted principal).
    public var guideTopic: ConceptID? {
        guard let detail else { return .rolesList }
        switch detail.tab {
        case .permissions: return .permissionsPolicies
        case .trust: return detail.deletedPrincipals.isEmpty ? .trustRelationshipsTab : .principalIDs
        case .whoCanAssume: return .whoCanAssume
        case .details: return .maxSessionDuration
        case .tags: return .roleTags
        }
    }

    /// The selected role's row in the list, if any.
    public var selectedRow: RoleRow? {
        shown.indices.contains(selection.selected) ? rows[shown[selection.selected]] : nil
    }

    /// Coming back to the page picks up what the CLI or another session changed.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        // A message another identity produced (a role session's AccessDenied) goes.
        let identity = ConsolePages.messageOwner(lab: environment.lab)
        messages.follow(identity)
        reload(force: false, in: environment)
        messages.stamp(identity)
    }

    /// Reloads when the lab changed since the last load (another session, the CLI), or always
    /// when `force`. Keeps the selected role and the open detail when they still exist.
    mutating func reload(force: Bool, in environment: ConsoleEnvironment) {
        let lab = environment.lab
        let marker = lab.changeMarker()
        guard force || marker != loadedMarker else { return }
        loadedMarker = marker
        let selectedName = selectedRow?.name
        do {
            guard let caller = try lab.currentCaller() else {
                rows = []
                message = PageMessage("Sign in to see the account's roles.", role: .warning)
                applyFilterAndSort(keeping: nil)
                return
            }
            rows = try lab.read { repo in try Self.listAllRoles(service: lab.service, caller: caller, in: repo) }
        } catch {
            // As the AWS console does: the error in IAM's words, and no stale list beneath it.
            rows = []
            detail = nil
            message = PageMessage(error)
        }
        applyFilterAndSort(keeping: selectedName)
        if let open = detail {
            reopen(open.role.roleName, tab: open.tab, selection: open.selection, in: environment)
        }
    }

    /// Every role through ListRoles, a thousand at a time (IAM's largest page).
    static func listAllRoles(service: IAMService, caller: Caller, in repo: any LabRepository) throws -> [RoleRow] {
        var result: [RoleRow] = []
        var marker: String?
        repeat {
            let page = try service.listRoles(marker: marker, maxItems: 1000, caller: caller, in: repo)
            result += page.items.map(RoleRow.init)
            marker = page.isTruncated ? page.marker : nil
        } while marker != nil
        return result
    }

    /// Recomputes `shown` from the filter and sort, keeping `name` selected when still shown.
    mutating func applyFilterAndSort(keeping name: String?) {
        let order = sort
        list.refilter(visibleRows: visibleRows, orderedBy: order.precedes, keeping: name.map { wanted in { $0.name == wanted } })
    }
}
