import IAMKit

/// The Policies page: the AWS managed catalog and the account's customer managed policies
/// (filter, type, attachment count), a policy's JSON highlighted, and creating or editing a
/// customer managed policy in `$EDITOR` (a new default version via CreatePolicyVersion),
/// validated with located errors before anything is sent to IAM.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
public struct PoliciesPage: Page {
    /// Which policies the list shows (ListPolicies' `Scope`).
    public enum Scope: String, CaseIterable, Hashable, Sendable {
        /// Both kinds.
        case all = "All types"
        /// AWS managed only.
        case aws = "AWS managed"
        /// Customer managed only.
        case local = "Customer managed"

        /// The next scope (the key cycles).
        var next: Scope {
            let all = Self.allCases
            return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
        }
    }

    /// The page's identity.
    public var id: PageID { .policies }
    let options: ConsolePages.Options
    var loadedMarker: UInt64?
    /// Every policy ListPolicies returns for the caller's account, the filter, what it and the
    /// scope let through, and the selection.
    var list = FilteredList<CatalogPolicyRow>()
    /// The type shown.
    public internal(set) var scope = Scope.all
    /// Every policy ListPolicies returns for the caller's account.
    public internal(set) var policies: [PolicyInfo] {
        get { list.rows.map(\.info) }
        set { list.setRows(newValue.map(CatalogPolicyRow.init)) }
    }
    /// Indices into `policies` that the scope and filter let through.
    public var shown: [Int] { list.shown }
    /// The filter text.
    public internal(set) var filter: String {
        get { list.filter }
        set { list.setFilter(newValue) }
    }
    /// The list's selection.
    public internal(set) var selection: ListSelection {
        get { list.selection }
        set { list.selection = newValue }
    }
    /// The open policy and its default version's document.
    public internal(set) var detail: PolicyDetail?
    /// The filter or new-policy-name field, if open.
    public internal(set) var prompt: PoliciesPrompt?
    /// The draft being written in `$EDITOR`.
    public internal(set) var draft: PolicyDraft?
    /// The outcome of the last action (AWS's message on failure), owned by who was acting.
    var messages = MessageLine<PageMessage>()
    /// The message line's text; what is written belongs to who the console acts as now.
    public internal(set) var message: PageMessage? {
        get { messages.lines.first }
        set { messages.show(newValue.map { [$0] } ?? []) }
    }
    var visibleRows = 10

    /// Creates the page and loads the policies.
    public init(_ environment: ConsoleEnvironment) {
        self.options = environment.options
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        reload(environment.lab, force: true)
    }

    /// Keys the page declares.
    public var bindings: [KeyBinding] { Self.pageBindings }
    /// A field has focus.
    public var isTyping: Bool { prompt != nil }
    /// A new policy's name or a draft would be lost.
    public var hasUnsavedInput: Bool { draft != nil || (prompt?.purpose == .newPolicyName && prompt?.field.text.isEmpty == false) }
    /// Enter opens a policy or submits the prompt.
    public var canActivate: Bool { prompt != nil || (detail == nil && draft == nil && !shown.isEmpty) }

    /// What guided mode explains: managed policies versus trust policies.
    public var guideTopic: ConceptID? { .trustVersusPermissionsPolicies }

    /// The policy under the cursor.
    public var selectedPolicy: PolicyInfo? {
        list.selected?.info
    }

    /// Coming back to the page picks up what the CLI or another session changed.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        // A message another identity produced (a role session's AccessDenied) goes.
        let identity = ConsolePages.messageOwner(lab: environment.lab)
        messages.follow(identity)
        reload(environment.lab, force: false)
        messages.stamp(identity)
    }

    /// Reloads when the lab changed (or always when `force`), keeping the selection and the
    /// open policy where they still exist.
    mutating func reload(_ lab: any LabGateway, force: Bool) {
        let marker = lab.changeMarker()
        guard force || marker != loadedMarker else { return }
        loadedMarker = marker
        let selectedARN = selectedPolicy?.arn
        do {
            guard let caller = try lab.currentCaller() else {
                policies = []
                message = PageMessage("Sign in to see the account's policies.", role: .warning)
                refilter(keeping: nil)
                return
            }
            let service = lab.service
            policies = try lab.read { repo in
                var all: [PolicyInfo] = []
                var marker: String?
                repeat {
                    let page = try service.listPolicies(marker: marker, maxItems: 1000, caller: caller, in: repo)
                    all += page.items
                    marker = page.isTruncated ? page.marker : nil
                } while marker != nil
                return all
            }
        } catch {
            policies = []
            detail = nil
            message = PageMessage(error)
        }
        refilter(keeping: selectedARN)
        if let open = detail { openDetail(open.info.arn, top: open.top, lab) }
    }

    /// Applies scope and filter.
    mutating func refilter(keeping arn: String?) {
        let scope = scope
        list.refilter(visibleRows: visibleRows, where: { row in
            let isAWS = PolicyPicker.typeName(of: row.info.arn) == "AWS managed"
            switch scope {
            case .all: return true
            case .aws: return isAWS
            case .local: return !isAWS
            }
        }, keeping: arn.map { wanted in { $0.info.arn == wanted } })
    }

    /// Opens the policy `arn`: GetPolicy and its default version's document.
    mutating func openDetail(_ arn: String, top: Int = 0, _ lab: any LabGateway) {
        do {
            guard let caller = try lab.currentCaller() else { return }
            let service = lab.service
            detail = try lab.read { repo in
                let info = try service.getPolicy(policyArn: arn, caller: caller, in: repo)
                let version = try service.getPolicyVersion(policyArn: arn, versionId: info.defaultVersionID, caller: caller, in: repo)
                let versions = try service.listPolicyVersions(policyArn: arn, caller: caller, in: repo).items.count
                return PolicyDetail(info: info, document: version.document, versionCount: versions, top: top)
            }
        } catch {
            detail = nil
            message = PageMessage(error)
        }
    }
}
