/// Where a policy document is used; IAM validates each kind differently.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
public enum PolicyKind: String, Sendable, Hashable, CaseIterable {
    /// An inline policy of a user, group or role: no `Principal`, `Resource` required.
    case identity
    /// A role trust policy (`AssumeRolePolicyDocument`): `Principal` required, no `Resource`,
    /// only STS actions, at most 2048 non-white-space characters.
    case trust
    /// A resource-based policy other than a trust policy: `Principal` required.
    case resourceBased
    /// A managed policy used as a permissions boundary: validated like `managed`.
    case permissionsBoundary
    /// A session policy passed to AssumeRole: identity rules.
    case session
    /// A customer managed policy (CreatePolicy): identity rules, `Version` 2012-10-17,
    /// at most 6144 non-white-space characters.
    case managed
    /// An AWS managed policy (`arn:aws:iam::aws:policy/...`), attached or used as a boundary:
    /// managed-policy rules without the customer quota. The PolicySize quota limits what an
    /// account may create; AWS's own documents exceed it (ReadOnlyAccess has ~37,000 characters).
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
    case awsManaged

    /// Whether statements must name a principal (and may not be identity-style).
    var requiresPrincipal: Bool { self == .trust || self == .resourceBased }

    /// The size quota AWS enforces for a single document of this kind, with its error text.
    var sizeQuota: (limit: Int, message: String)? {
        switch self {
        case .trust: (2048, "Cannot exceed quota for ACLSizePerRole: 2048")
        case .managed, .permissionsBoundary: (6144, "Cannot exceed quota for PolicySize: 6144")
        case .identity, .resourceBased, .session, .awsManaged: nil
        }
    }
}
