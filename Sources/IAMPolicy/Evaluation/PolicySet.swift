/// A policy with the name it is reported under (policy name, ARN, or `"trust policy"`).
public struct NamedPolicy: Sendable, Hashable {
    /// How decisions refer to this policy.
    public let name: String
    /// The parsed document.
    public let document: PolicyDocument

    /// Creates a named policy.
    public init(name: String, document: PolicyDocument) {
        self.name = name
        self.document = document
    }
}

/// Every policy that bears on one request, by type.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
public struct PolicySet: Sendable, Hashable {
    /// The caller's identity-based policies (inline and attached managed).
    public var identityPolicies: [NamedPolicy]
    /// The resource-based policy of the resource, if any (a role's trust policy for `sts:AssumeRole`).
    public var resourcePolicy: NamedPolicy?
    /// Whether `resourcePolicy` is a role trust policy, which must always allow.
    public var resourcePolicyIsTrustPolicy: Bool
    /// The caller's permissions boundary, if any.
    public var permissionsBoundary: NamedPolicy?
    /// Session policies passed when the session was created (all must allow).
    public var sessionPolicies: [NamedPolicy]

    /// Creates a set; `resourcePolicyIsTrustPolicy` defaults to whether the resource policy was
    /// parsed as a trust policy.
    public init(
        identityPolicies: [NamedPolicy] = [], resourcePolicy: NamedPolicy? = nil, resourcePolicyIsTrustPolicy: Bool? = nil,
        permissionsBoundary: NamedPolicy? = nil, sessionPolicies: [NamedPolicy] = []
    ) {
        self.identityPolicies = identityPolicies
        self.resourcePolicy = resourcePolicy
        self.resourcePolicyIsTrustPolicy = resourcePolicyIsTrustPolicy ?? (resourcePolicy?.document.kind == .trust)
        self.permissionsBoundary = permissionsBoundary
        self.sessionPolicies = sessionPolicies
    }
}
