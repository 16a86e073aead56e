/// A focusable field of the wizard, with the help `?`/F1 shows for it: what it means in IAM in
/// two or three plain sentences, and the AWS page that says so.
public enum CreateRoleField: String, CaseIterable, Hashable, Sendable {
    /// "This account" or "Another AWS account".
    case accountChoice
    /// The 12-digit account ID to trust.
    case accountID
    /// Require external ID (checkbox).
    case requireExternalID
    /// The external ID value.
    case externalID
    /// Require MFA (checkbox).
    case requireMFA
    /// The filter of the policy list.
    case policyFilter
    /// The managed policy list.
    case policyList
    /// The permissions boundary.
    case permissionsBoundary
    /// The role name.
    case roleName
    /// The description.
    case roleDescription
    /// The path.
    case path
    /// Maximum session duration (seconds).
    case maxSessionDuration
    /// Tags, `key=value` separated by commas.
    case tags
    /// The review page.
    case review
    /// The after-create offers.
    case offers

    /// Whether the field takes typed text.
    public var isText: Bool {
        switch self {
        case .accountID, .externalID, .roleName, .roleDescription, .path, .maxSessionDuration, .policyFilter, .tags: true
        default: false
        }
    }

    /// The label shown beside the field.
    public var label: String {
        switch self {
        case .accountChoice: "Trusted entity"
        case .accountID: "Account ID"
        case .requireExternalID: "Require external ID"
        case .externalID: "External ID"
        case .requireMFA: "Require MFA"
        case .policyFilter: "Filter"
        case .policyList: "Permissions policies"
        case .permissionsBoundary: "Permissions boundary"
        case .roleName: "Role name"
        case .roleDescription: "Description"
        case .path: "Path"
        case .maxSessionDuration: "Maximum session duration"
        case .tags: "Tags"
        case .review: "Review"
        case .offers: "Next steps"
        }
    }

    /// Two or three plain sentences on what the field means in IAM.
    public var help: String {
        switch self {
        case .accountChoice:
            "The account whose principals may assume the role. Trusting an account delegates the decision to that account's administrators: only its users and roles that they allow to call sts:AssumeRole on this role can use it."
        case .accountID:
            "The 12-digit ID of the AWS account to trust. The trust policy names the account's root, arn:aws:iam::<ID>:root, which means the whole account, not its root user alone."
        case .requireExternalID:
            "Adds a condition that the caller must pass this external ID to AssumeRole. It protects against the confused-deputy problem when a third party assumes roles for many customers. The console's Switch Role cannot pass an external ID, so such a role can only be used from the API or CLI."
        case .externalID:
            "A value the caller must pass as ExternalId: 2 to 1224 characters of letters, digits and + = , . @ : / - _. Use an unpredictable value agreed with the trusted party, not a secret."
        case .requireMFA:
            "Adds the condition aws:MultiFactorAuthPresent = true: only callers who signed in with an MFA device may assume the role. Callers using long-term access keys without MFA are refused."
        case .policyFilter:
            "Type to narrow the list of managed policies by name. The list holds AWS managed policies and this account's customer managed policies."
        case .policyList:
            "Managed policies to attach to the role; Space chooses or unchooses one, at most 10. Choosing none is fine: a role has no permissions by default and you can attach policies later."
        case .permissionsBoundary:
            "An optional managed policy that sets the maximum permissions the role can have; press b on a policy in the list to use it. A boundary grants nothing by itself: the role's effective permissions are what both its policies and the boundary allow."
        case .roleName:
            "Up to 64 letters, digits and + = , . @ - _. It must be unique in the account regardless of case (PRODROLE and prodrole cannot coexist), and it cannot be changed after the role is created."
        case .roleDescription:
            "Optional, up to 1000 characters: letters, digits, spaces, punctuation and Latin-1 characters. It helps others know what the role is for."
        case .path:
            "Optional path that groups the role, such as /division/. It must begin and end with a slash; the default is /. The path becomes part of the role's ARN."
        case .maxSessionDuration:
            "How long, in seconds, sessions from AssumeRole may last: 3600 (1 hour, the default) to 43200 (12 hours). Callers ask for a duration up to this limit."
        case .tags:
            "Optional key=value pairs separated by commas, such as team=ops, project=seed. Tags help you find the role and can control access to it. At most 50; keys are unique regardless of case."
        case .review:
            "Everything the role will be created with. Create role calls CreateRole with the trust policy, then AttachRolePolicy for each chosen policy; the CLI commands below do the same."
        case .offers:
            "Trusting another account is only the first half: that account's users also need an identity policy allowing sts:AssumeRole on this role's ARN. Grant it to a user or group here, or give the policy to the other account's administrator."
        }
    }

    /// The AWS documentation page for the field.
    public var documentationLink: String {
        switch self {
        case .accountChoice, .accountID, .review:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html"
        case .requireExternalID, .externalID:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"
        case .requireMFA:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html"
        case .policyFilter, .policyList:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html"
        case .permissionsBoundary:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html"
        case .roleName, .roleDescription, .path:
            "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html"
        case .maxSessionDuration:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html"
        case .offers:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html"
        case .tags:
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html"
        }
    }
}
