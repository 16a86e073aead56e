import IAMPolicy

/// The policies that govern one principal, parsed, with where each came from (for
/// SimulatePrincipalPolicy's `SourcePolicyType` and for explanations).
struct PolicySources {
    /// Identity policies (inline and attached, including the user's groups').
    var identity: [NamedPolicy] = []
    /// The permissions boundary, if any.
    var boundary: NamedPolicy?
    /// Session policies of a role session.
    var session: [NamedPolicy] = []
    /// `user`, `group`, `role`, `aws-managed`, `user-managed` by NamedPolicy name.
    var types: [String: String] = [:]
}

extension IAMService {
    /// The parsed policies of `caller` (nothing for root, who needs none in its own account).
    func policySources(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> PolicySources {
        var sources = PolicySources()
        switch caller {
        case .root:
            break
        case .user(let identity):
            guard let user = try lab.fetch(User.self, User.key(identity.accountID, identity.userName)) else { return sources }
            try addPolicies(of: user, type: "user", to: &sources, in: lab)
            for groupName in user.groupNames {
                if let group = try lab.fetch(Group.self, Group.key(user.accountID, groupName)) {
                    try addPolicies(of: group, type: "group", to: &sources, in: lab)
                }
            }
            sources.boundary = try boundaryPolicy(user.permissionsBoundaryARN, accountID: user.accountID, in: lab)
        case .roleSession(let session):
            guard let role = try lab.fetch(Role.self, Role.key(session.accountID, session.roleName)), role.roleID == session.roleID else {
                return sources
            }
            try addPolicies(of: role, type: "role", to: &sources, in: lab)
            sources.boundary = try boundaryPolicy(role.permissionsBoundaryARN, accountID: role.accountID, in: lab)
            if let text = session.sessionPolicy, let document = PolicyCache.shared.document(text, kind: .session) {
                sources.session.append(NamedPolicy(name: "session policy", document: document))
            }
            for arn in session.sessionPolicyARNs {
                if let policy = try? resolvePolicy(arn, accountID: session.accountID, in: lab),
                   let document = PolicyCache.shared.document(policy.document, kind: .session) {
                    sources.session.append(NamedPolicy(name: policy.arn, document: document))
                }
            }
        }
        return sources
    }

    /// Adds the inline and attached policies of `holder`.
    func addPolicies<H: PolicyHolder>(of holder: H, type: String, to sources: inout PolicySources, in lab: some LabRepository) throws(ServiceError) {
        for inline in holder.inlinePolicies {
            guard let document = PolicyCache.shared.document(inline.document, kind: .identity) else { continue }
            sources.identity.append(NamedPolicy(name: inline.name, document: document))
            sources.types[inline.name] = type
        }
        for attached in holder.attachedPolicies where sources.types[attached.policyARN] == nil {
            guard let policy = try? resolvePolicy(attached.policyARN, accountID: holder.accountID, in: lab),
                  let document = PolicyCache.shared.document(policy.document, kind: .managed) else { continue }
            sources.identity.append(NamedPolicy(name: policy.arn, document: document))
            sources.types[policy.arn] = policy.isAWSManaged ? "aws-managed" : "user-managed"
        }
    }

    /// The boundary policy document named by `arn`.
    func boundaryPolicy(_ arn: String?, accountID: String, in lab: some LabRepository) throws(ServiceError) -> NamedPolicy? {
        guard let arn, let policy = try? resolvePolicy(arn, accountID: accountID, in: lab),
              let document = PolicyCache.shared.document(policy.document, kind: .permissionsBoundary) else { return nil }
        return NamedPolicy(name: policy.arn, document: document)
    }
}
