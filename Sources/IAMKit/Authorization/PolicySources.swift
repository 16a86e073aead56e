import IAMPolicy

/// The policies that govern one principal, parsed, with where each came from (for
/// SimulatePrincipalPolicy's `SourcePolicyType` and for explanations).
struct PolicySources: Sendable {
    /// Identity policies (inline and attached, including the user's groups').
    var identity: [NamedPolicy] = []
    /// The permissions boundary, if any.
    var boundary: NamedPolicy?
    /// Session policies of a role session.
    var session: [NamedPolicy] = []
    /// `user`, `group`, `role`, `aws-managed`, `user-managed` by NamedPolicy name.
    var types: [String: String] = [:]
}

/// Every policy is read fail-closed: a stored policy that does not parse, or an attached
/// policy whose record is gone, stops the request with `UnreadablePolicyError` (file, line,
/// column). Dropping it instead would widen access whenever it denies or bounds.
/// Source (why an absent deny or boundary widens access):
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
extension IAMService {
    /// The parsed policies of `caller` (nothing for root, who needs none in its own account).
    /// They depend only on the lab's records and on what the key names of the caller, so a
    /// file-backed lab keeps them until a record changes (`LabRepository.derived`).
    func policySources(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> PolicySources {
        switch caller {
        case .root:
            return PolicySources()
        case .user(let identity):
            let key = DerivedKey(purpose: .policySources, accountID: identity.accountID, name: identity.userName)
            return try lab.derived(key) { () throws(ServiceError) in try collectPolicySources(for: caller, in: lab) }
        case .roleSession(let session):
            // By the role's ID too: a role deleted and created again under its name is another.
            let key = DerivedKey(purpose: .policySources, accountID: session.accountID, name: session.roleName, id: session.roleID,
                                 text: session.sessionPolicy, list: session.sessionPolicyARNs)
            return try lab.derived(key) { () throws(ServiceError) in try collectPolicySources(for: caller, in: lab) }
        }
    }

    /// `policySources`, read from the records.
    private func collectPolicySources(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> PolicySources {
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
            sources.boundary = try boundaryPolicy(user.permissionsBoundaryARN, of: user, in: lab)
        case .roleSession(let session):
            guard let role = try lab.fetch(Role.self, Role.key(session.accountID, session.roleName)), role.roleID == session.roleID else {
                return sources
            }
            try addPolicies(of: role, type: "role", to: &sources, in: lab)
            sources.boundary = try boundaryPolicy(role.permissionsBoundaryARN, of: role, in: lab)
            if let text = session.sessionPolicy {
                let document = try Self.read(text, kind: .session, record: nil, role: "inline session policy of \(session.arn)")
                sources.session.append(NamedPolicy(name: "session policy", document: document))
            }
            for arn in session.sessionPolicyARNs {
                let policy = try resolveStored(arn, accountID: session.accountID, role: "managed session policy \(arn) of \(session.arn)", in: lab)
                let document = try Self.read(policy.document, kind: .session, record: Self.policyRecord(arn),
                                             role: "managed session policy \(arn) of \(session.arn)")
                sources.session.append(NamedPolicy(name: policy.arn, document: document))
            }
        }
        return sources
    }

    /// Adds the inline and attached policies of `holder`.
    func addPolicies<H: PolicyHolder>(of holder: H, type: String, to sources: inout PolicySources, in lab: some LabRepository) throws(ServiceError) {
        for inline in holder.inlinePolicies {
            let document = try Self.read(inline.document, kind: .identity, record: holder.recordKey,
                                         role: "inline policy \"\(inline.name)\" of \(H.entityWord) \(holder.entityName)")
            sources.identity.append(NamedPolicy(name: inline.name, document: document))
            sources.types[inline.name] = type
        }
        for attached in holder.attachedPolicies where sources.types[attached.policyARN] == nil {
            // Named only when something is wrong: every authorization and simulation gets here.
            func role() -> String { "managed policy \(attached.policyARN) attached to \(H.entityWord) \(holder.entityName)" }
            let policy = try resolveStored(attached.policyARN, accountID: holder.accountID, role: role(), in: lab)
            let document = try Self.read(policy.document, kind: policy.isAWSManaged ? .awsManaged : .managed,
                                         record: Self.policyRecord(policy.arn), role: role())
            sources.identity.append(NamedPolicy(name: policy.arn, document: document))
            sources.types[policy.arn] = policy.isAWSManaged ? "aws-managed" : "user-managed"
        }
    }

    /// The boundary policy document named by `arn` on `holder`.
    func boundaryPolicy<H: PolicyHolder>(_ arn: String?, of holder: H, in lab: some LabRepository) throws(ServiceError) -> NamedPolicy? {
        guard let arn else { return nil }
        func role() -> String { "permissions boundary \(arn) of \(H.entityWord) \(holder.entityName)" }
        let policy = try resolveStored(arn, accountID: holder.accountID, role: role(), in: lab)
        let document = try Self.read(policy.document, kind: policy.isAWSManaged ? .awsManaged : .permissionsBoundary,
                                     record: Self.policyRecord(policy.arn), role: role())
        return NamedPolicy(name: policy.arn, document: document)
    }

    /// A policy an entity refers to; a reference to a policy that is gone is refused, not skipped.
    private func resolveStored(_ arn: String, accountID: String, role: @autoclosure () -> String,
                               in lab: some LabRepository) throws(ServiceError) -> ResolvedPolicy {
        do {
            return try resolvePolicy(arn, accountID: accountID, in: lab)
        } catch {
            guard error.code == "NoSuchEntity" || error.code == "InvalidInput" else { throw error }
            let missing = PolicyError(code: .malformedPolicyDocument, message: "The policy does not exist in the lab.")
            throw ServiceError.unreadablePolicy(UnreadablePolicyError(recordKey: Self.policyRecord(arn), role: role(), policyError: missing))
        }
    }

    /// Parses a stored policy, turning the engine's error into a located `UnreadablePolicyError`.
    static func read(_ text: String, kind: PolicyKind, record: @autoclosure () -> RecordKey?, role: @autoclosure () -> String) throws(ServiceError) -> PolicyDocument {
        do {
            return try PolicyCache.shared.document(text, kind: kind)
        } catch {
            throw ServiceError.unreadablePolicy(UnreadablePolicyError(recordKey: record(), role: role(), policyError: error))
        }
    }

    /// The record of a customer managed policy (AWS managed ones live in the catalog).
    static func policyRecord(_ arn: String) -> RecordKey {
        let parts = IAMARN.parse(arn)
        return ManagedPolicy.key(parts?.accountID ?? "", parts?.name ?? arn)
    }
}
