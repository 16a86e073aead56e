import IAMKit

/// The open role: which tab is shown and what each tab needs, loaded when the role opens
/// (and again on reload).
public struct RoleDetail: Equatable, Sendable {
    /// The detail tabs, in the AWS console's order plus "Who can assume".
    public enum Tab: String, CaseIterable, Hashable, Sendable {
        /// Attached and inline policies.
        case permissions = "Permissions"
        /// The trust policy as stored, principals shown back as ARNs.
        case trust = "Trust relationships"
        /// Every lab principal the trust admits, and what it needs.
        case whoCanAssume = "Who can assume"
        /// The role's tags (TagRole, UntagRole).
        case tags = "Tags"
        /// ARN, ID, path, dates, description.
        case details = "Details"
    }

    /// The role in display form (GetRole).
    public var role: Role
    /// The tab shown.
    public var tab: Tab = .permissions
    /// Attached policies then inline policies.
    public var permissions: [PermissionRow] = []
    /// The selected row of the Permissions or Who can assume list.
    public var selection = ListSelection()
    /// Who can assume the role; computed when the tab is first shown.
    public var whoCanAssume: [AssumeEligibility]?
    /// Raw unique IDs in the trust policy: principals deleted since the policy was written.
    public var deletedPrincipals: [String] = []
    /// Trusted principals that are not lab identities (`Service: ec2.amazonaws.com`,
    /// `Federated: …`): they can assume the role too, but the lab cannot list them.
    public var otherPrincipals: [String] = []
    /// Privilege-escalation findings of the role's sessions (IAMKit's analysis), one line each plus its steps.
    public var escalationFindings: [String] = []

    /// Creates the detail of `role` (display form).
    public init(role: Role) {
        self.role = role
        let principals = TrustPrincipal.all(inTrustPolicy: role.assumeRolePolicyDocument)
        deletedPrincipals = principals.filter(\.isDeletedPrincipal).map(\.value)
        otherPrincipals = principals.filter { $0.type != "AWS" && $0.type != "*" }.map { "\($0.type): \($0.value)" }
    }

    /// The number of rows of the current tab's list.
    var listCount: Int {
        switch tab {
        case .permissions: permissions.count
        case .whoCanAssume: whoCanAssume?.count ?? 0
        case .tags: role.tags.count
        case .trust, .details: 0
        }
    }

    /// The selected tag, on the Tags tab.
    var selectedTag: Tag? {
        guard tab == .tags, role.tags.indices.contains(selection.selected) else { return nil }
        return role.tags[selection.selected]
    }

    /// The selected permission row, on the Permissions tab.
    var selectedPermission: PermissionRow? {
        guard tab == .permissions, permissions.indices.contains(selection.selected) else { return nil }
        return permissions[selection.selected]
    }
}
