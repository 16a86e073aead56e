/// Names a topic of the concept catalog: one of the ideas behind the AWS guide, a console
/// page, or a field of the Create role wizard. Pages return one from `Page.guideTopic` so
/// guided mode can explain what is in use.
public struct ConceptID: Hashable, Sendable, CustomStringConvertible {
    /// Stable identifier, also the anchor-friendly key in docs/concepts.md.
    public let rawValue: String

    /// Creates an identifier.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The identifier.
    public var description: String { rawValue }
}

extension ConceptID {
    // The ideas (docs/concepts.md, first part).
    /// Trusting and trusted accounts.
    public static let trustingAndTrustedAccounts = ConceptID("trustingAndTrustedAccounts")
    /// Trust policy vs permissions policies.
    public static let trustVersusPermissionsPolicies = ConceptID("trustVersusPermissionsPolicies")
    /// Granting users permission to switch (`sts:AssumeRole` in the trusted account).
    public static let grantingPermissionToSwitch = ConceptID("grantingPermissionToSwitch")
    /// External ID and the confused deputy.
    public static let externalIDAndConfusedDeputy = ConceptID("externalIDAndConfusedDeputy")
    /// MFA conditions (`aws:MultiFactorAuthPresent`).
    public static let mfaConditions = ConceptID("mfaConditions")
    /// Principal IDs in trust policies.
    public static let principalIDs = ConceptID("principalIDs")
    /// Policy evaluation logic.
    public static let evaluationLogic = ConceptID("evaluationLogic")
    /// Switching roles and temporary credentials.
    public static let switchingRoles = ConceptID("switchingRoles")
    /// Account isolation: IAM has no resource-based policies; only a role's trust policy crosses accounts.
    public static let accountIsolation = ConceptID("accountIsolation")
    /// Privilege escalation through IAM permissions.
    public static let privilegeEscalation = ConceptID("privilegeEscalation")

    // The Create role wizard's fields.
    /// The trusted entity choice: this account or another AWS account.
    public static let trustedEntity = ConceptID("field.trustedEntity")
    /// The trusted account's ID.
    public static let trustedAccountID = ConceptID("field.trustedAccountID")
    /// The *Require external ID* option.
    public static let requireExternalID = ConceptID("field.requireExternalID")
    /// The external ID's value.
    public static let externalIDValue = ConceptID("field.externalIDValue")
    /// The *Require MFA* option.
    public static let requireMFA = ConceptID("field.requireMFA")
    /// The permissions policies step.
    public static let permissionsPolicies = ConceptID("field.permissionsPolicies")
    /// The permissions boundary option.
    public static let permissionsBoundary = ConceptID("field.permissionsBoundary")
    /// The role name.
    public static let roleName = ConceptID("field.roleName")
    /// The role's path.
    public static let rolePath = ConceptID("field.rolePath")
    /// The role's tags.
    public static let roleTags = ConceptID("field.roleTags")
    /// The role description.
    public static let roleDescription = ConceptID("field.roleDescription")
    /// The maximum session duration.
    public static let maxSessionDuration = ConceptID("field.maxSessionDuration")
    /// The review step.
    public static let review = ConceptID("field.review")
    /// After creating: grant the trusted account's users `sts:AssumeRole`.
    public static let grantAfterCreate = ConceptID("field.grantAfterCreate")

    // The console's pages and panels.
    /// The welcome page: the demo lab.
    public static let demoLab = ConceptID("page.demoLab")
    /// The Create role wizard as a whole.
    public static let createRoleWizard = ConceptID("page.createRole")
    /// The roles list.
    public static let rolesList = ConceptID("page.roles")
    /// A role's Trust relationships tab.
    public static let trustRelationshipsTab = ConceptID("page.trustRelationships")
    /// Who can assume a role.
    public static let whoCanAssume = ConceptID("page.whoCanAssume")
    /// Users and their MFA devices.
    public static let usersAndMFA = ConceptID("page.users")
    /// Sign in.
    public static let signIn = ConceptID("page.signIn")
    /// Switch Role.
    public static let switchRole = ConceptID("page.switchRole")
    /// The session page ("what may I do").
    public static let session = ConceptID("page.session")
    /// The Activity page (the audit log, live).
    public static let activity = ConceptID("page.activity")
}
