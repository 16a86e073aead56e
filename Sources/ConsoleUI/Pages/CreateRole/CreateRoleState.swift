import IAMKit

/// Everything the Create role wizard holds, as a value: what the user chose and typed, where
/// the focus is, and what the lab said. Rendering and validation are functions of this.
public struct CreateRoleState: Sendable, Hashable {
    /// The step shown.
    public var step: CreateRoleStep = .trustedEntity
    /// The focused field.
    public var focus: CreateRoleField = .accountChoice
    /// "This account" (true) or "Another AWS account" (false, the seed's choice).
    public var trustsThisAccount = false
    /// The account ID typed for "Another AWS account".
    public var accountID = TextField()
    /// Require external ID.
    public var requiresExternalID = false
    /// The external ID.
    public var externalID = TextField()
    /// Require MFA.
    public var requiresMFA = false
    /// The policy filter; what it lets through follows as it is typed.
    public var policyFilter = TextField() {
        didSet { if policyFilter.text != policyList.filter { policyList.setFilter(policyFilter.text) } }
    }
    /// The policies the wizard offers, the filter, what it lets through and the highlighted row.
    var policyList: FilteredList<CreateRoleContext.PolicyChoice>
    /// The highlighted row of the (filtered) policy list.
    public var policySelection: ListSelection {
        get { policyList.selection }
        set { policyList.selection = newValue }
    }
    /// ARNs of the chosen policies, in the order chosen.
    public var chosenPolicyARNs: [String] = []
    /// ARN of the permissions boundary.
    public var boundaryARN: String?
    /// The role name.
    public var roleName = TextField()
    /// The description.
    public var roleDescription = TextField()
    /// The path (empty: `/`).
    public var path = TextField()
    /// Maximum session duration in seconds (empty: 3600).
    public var maxSessionDuration = TextField()
    /// Tags as typed: `key=value` pairs separated by commas.
    public var tags = TextField()
    /// Scroll offset of the review document.
    public var reviewScroll = 0
    /// What `y` (copy) and `w` (write a script) on the review's CLI commands said.
    public var commandActions = CommandBlockActions()
    /// The error CreateRole returned, with the field it belongs to (nil: the whole form).
    public var createError: FieldMessage?
    /// The role once created.
    public var created: Created?
    /// The highlighted after-create offer.
    public var offerSelection = ListSelection()
    /// What the last after-create action did (or why it failed), and whether it succeeded.
    public var offerOutcome: Outcome?
    /// The user granted last (suggested for "try it").
    public var grantedUserName: String?
    /// Whether the grant policy's JSON is shown (for the other account's administrator).
    public var showsGrantPolicy = false
    /// Whether `?`/F1 field help is open.
    public var showsFieldHelp = false
    /// At narrow widths: whether the preview panel replaces the form.
    public var showsPreview = false
    /// What the wizard knows of the lab; the policy list follows (the highlighted row stays).
    public var context: CreateRoleContext {
        didSet {
            let kept = policyList.selection
            policyList.setRows(context.policies)
            policyList.selection = kept
        }
    }
    /// Why the lab could not be used, if so.
    public var labProblem: String?

    /// A fresh wizard over `context`.
    public init(context: CreateRoleContext, labProblem: String? = nil) {
        self.context = context
        self.labProblem = labProblem
        policyList = FilteredList(rows: context.policies)
    }

    /// The account the trust policy names.
    public var trustedAccountID: String {
        trustsThisAccount ? context.currentAccountID : accountID.text
    }

    /// The fields of the current step that apply now, in focus order.
    public var visibleFields: [CreateRoleField] {
        CreateRoleForm.group(for: step).shownFields(in: self).map(\.id)
    }

    /// Whether a text field has focus (single-letter keys are then typed).
    public var isTyping: Bool {
        focus.isText && !showsFieldHelp && !showsPreview
    }

    /// Whether the user typed or chose anything that leaving would lose.
    public var hasInput: Bool {
        guard step != .created else { return false }
        return trustsThisAccount || !accountID.text.isEmpty || requiresExternalID || !externalID.text.isEmpty
            || requiresMFA || !chosenPolicyARNs.isEmpty || boundaryARN != nil || !roleName.text.isEmpty
            || !roleDescription.text.isEmpty || !path.text.isEmpty || !maxSessionDuration.text.isEmpty || !tags.text.isEmpty
    }

    /// The policies the filter lets through (case-insensitive substring of the name).
    public var filteredPolicies: [CreateRoleContext.PolicyChoice] { policyList.shownRows }

    /// The highlighted policy, if the list is not empty.
    public var highlightedPolicy: CreateRoleContext.PolicyChoice? {
        policyList.selected
    }

    /// The policy with `arn`, if the lab has it.
    public func policy(arn: String) -> CreateRoleContext.PolicyChoice? {
        context.policies.first { $0.arn == arn }
    }

    /// The tags typed: pairs split at commas (not a tag character), key and value at the first
    /// `=`, surrounding spaces trimmed; a pair without `=` is a key with an empty value.
    public var parsedTags: [Tag] {
        tags.text.split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts[0].trimmingSpaces
            let value = parts.count > 1 ? parts[1].trimmingSpaces : ""
            return key.isEmpty && value.isEmpty ? nil : Tag(key: key, value: value)
        }
    }

    /// What Create role will do, from the current input.
    public var plan: RoleCreationPlan {
        RoleCreationPlan(
            trustedAccountID: trustedAccountID, externalID: requiresExternalID ? externalID.text : nil,
            requiresMFA: requiresMFA, roleName: roleName.text,
            description: roleDescription.text.isEmpty ? nil : roleDescription.text,
            path: path.text.isEmpty ? nil : path.text, maxSessionDuration: Int(maxSessionDuration.text),
            policyARNs: chosenPolicyARNs, permissionsBoundaryARN: boundaryARN, tags: parsedTags)
    }

    /// An error message and the field it belongs to (nil: the whole form).
    public struct FieldMessage: Sendable, Hashable {
        /// The field, if the message belongs to one.
        public var field: CreateRoleField?
        /// The message in AWS's words.
        public var message: String
    }

    /// What an after-create action did.
    public struct Outcome: Sendable, Hashable {
        /// The message shown.
        public var message: String
        /// Whether it succeeded.
        public var succeeded: Bool
    }

    /// The role the wizard created, as the after-create page needs it.
    public struct Created: Sendable, Hashable {
        /// The role's ARN.
        public var arn: String
        /// The plan it was created from.
        public var plan: RoleCreationPlan
        /// The account the role lives in.
        public var accountID: String

        /// The role as the Switch Role form takes it: `path/name` without the leading slash.
        public var switchRoleName: String {
            let path = plan.path ?? "/"
            return String((path + plan.roleName).dropFirst())
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
