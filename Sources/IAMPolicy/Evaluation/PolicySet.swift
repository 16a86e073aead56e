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
    /// Sets are equal when they hold the same policies in the same roles.
    public static func == (lhs: PolicySet, rhs: PolicySet) -> Bool {
        lhs.identityPolicies == rhs.identityPolicies && lhs.resourcePolicy == rhs.resourcePolicy
            && lhs.resourcePolicyIsTrustPolicy == rhs.resourcePolicyIsTrustPolicy
            && lhs.permissionsBoundary == rhs.permissionsBoundary && lhs.sessionPolicies == rhs.sessionPolicies
    }

    /// Hashes the policies.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(identityPolicies)
        hasher.combine(resourcePolicy)
        hasher.combine(resourcePolicyIsTrustPolicy)
        hasher.combine(permissionsBoundary)
        hasher.combine(sessionPolicies)
    }

    /// The caller's identity-based policies (inline and attached managed).
    public var identityPolicies: [NamedPolicy] {
        didSet { compiledIdentity = identityPolicies.map(\.document.compiled) }
    }
    /// The resource-based policy of the resource, if any (a role's trust policy for `sts:AssumeRole`).
    public var resourcePolicy: NamedPolicy?
    /// Whether `resourcePolicy` is a role trust policy, which must always allow.
    public var resourcePolicyIsTrustPolicy: Bool
    /// The caller's permissions boundary, if any.
    public var permissionsBoundary: NamedPolicy?
    /// Session policies passed when the session was created; together they must allow.
    public var sessionPolicies: [NamedPolicy] {
        didSet { compiledSession = sessionPolicies.map(\.document.compiled) }
    }

    /// The compiled forms, kept beside the named policies so evaluation never copies a
    /// `NamedPolicy` on the hot path.
    private(set) var compiledIdentity: [CompiledPolicy]
    private(set) var compiledSession: [CompiledPolicy]

    /// Creates a set; `resourcePolicyIsTrustPolicy` defaults to whether the resource policy was
    /// parsed as a trust policy.
    public init(
        identityPolicies: [NamedPolicy] = [], resourcePolicy: NamedPolicy? = nil, resourcePolicyIsTrustPolicy: Bool? = nil,
        permissionsBoundary: NamedPolicy? = nil, sessionPolicies: [NamedPolicy] = []
    ) {
        self.identityPolicies = identityPolicies
        self.compiledIdentity = identityPolicies.map(\.document.compiled)
        self.compiledSession = sessionPolicies.map(\.document.compiled)
        self.resourcePolicy = resourcePolicy
        self.resourcePolicyIsTrustPolicy = resourcePolicyIsTrustPolicy ?? (resourcePolicy?.document.kind == .trust)
        self.permissionsBoundary = permissionsBoundary
        self.sessionPolicies = sessionPolicies
    }
}
