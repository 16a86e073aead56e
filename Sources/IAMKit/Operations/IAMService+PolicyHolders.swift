/// The attach/detach/put/get/delete/list policy logic shared by roles, users and groups.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
extension IAMService {
    /// A managed policy found by ARN: from the AWS catalog or the caller's account.
    struct ResolvedPolicy {
        var name: String
        var arn: String
        var document: String
        var isAWSManaged: Bool
    }

    /// Resolves a policy ARN as attach operations do: `InvalidInput` for an ARN that is not a
    /// policy ARN, `NoSuchEntity` for a policy that does not exist.
    func resolvePolicy(_ arn: String, accountID: String, in lab: some LabRepository) throws(ServiceError) -> ResolvedPolicy {
        guard let parts = IAMARN.parse(arn), parts.service == "iam", parts.resourceType == "policy", !parts.name.isEmpty else {
            throw ServiceError.invalidInput("ARN \(arn) is not valid.")
        }
        if parts.accountID == "aws" {
            guard let policy = AWSManagedPolicies.policy(arn: arn) else {
                throw ServiceError.noSuchEntity("Policy \(arn) does not exist or is not attachable.")
            }
            return ResolvedPolicy(name: policy.name, arn: policy.arn, document: policy.document, isAWSManaged: true)
        }
        // A customer managed policy can only be used in its own account: from another one it is
        // not visible, so not attachable (and would count in the owner's AttachmentCount).
        guard parts.accountID == accountID,
              let policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)),
              policy.arn == arn, let version = policy.defaultVersion else {
            throw ServiceError.noSuchEntity("Policy \(arn) does not exist or is not attachable.")
        }
        return ResolvedPolicy(name: policy.policyName, arn: policy.arn, document: version.document, isAWSManaged: false)
    }

    /// A permissions boundary ARN must name an existing managed policy.
    func resolveBoundary(_ arn: String, accountID: String, in lab: some LabRepository) throws(ServiceError) -> ResolvedPolicy {
        do {
            return try resolvePolicy(arn, accountID: accountID, in: lab)
        } catch {
            if error.code == "NoSuchEntity" {
                throw ServiceError.noSuchEntity("Scope ARN: \(arn) does not exist or is not attachable.")
            }
            throw error
        }
    }

    /// Keeps `AttachmentCount` right for customer and AWS managed policies.
    func adjustAttachmentCount(_ arn: String, accountID: String, by delta: Int, in lab: inout some LabRepository) throws(ServiceError) {
        if arn.hasPrefix("arn:aws:iam::aws:") {
            guard var account = try lab.fetch(Account.self, Account.key(accountID)) else { return }
            let count = max(0, account.awsManagedAttachmentCounts[arn, default: 0] + delta)
            account.awsManagedAttachmentCounts[arn] = count == 0 ? nil : count
            try lab.save(account)
        } else if let parts = IAMARN.parse(arn), var policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)) {
            policy.attachmentCount = max(0, policy.attachmentCount + delta)
            try lab.save(policy)
        }
    }

    /// Keeps `PermissionsBoundaryUsageCount` right for customer managed policies.
    func adjustBoundaryUsage(_ arn: String, accountID: String, by delta: Int, in lab: inout some LabRepository) throws(ServiceError) {
        guard !arn.hasPrefix("arn:aws:iam::aws:"), let parts = IAMARN.parse(arn),
              var policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)) else { return }
        policy.permissionsBoundaryUsageCount = max(0, policy.permissionsBoundaryUsageCount + delta)
        try lab.save(policy)
    }

    /// Attaches a managed policy; attaching twice is a no-op; the quota is 10 per identity.
    func attach<H: PolicyHolder>(_ policyARN: String, to holder: inout H, in lab: inout some LabRepository) throws(ServiceError) {
        let policy = try resolvePolicy(policyARN, accountID: holder.accountID, in: lab)
        if holder.attachedPolicies.contains(where: { $0.policyARN == policy.arn }) { return }
        if holder.attachedPolicies.count >= 10 {
            throw ServiceError.limitExceeded("Cannot exceed quota for \(H.attachQuotaName): 10")
        }
        holder.attachedPolicies.append(AttachedPolicy(policyName: policy.name, policyARN: policy.arn))
        try lab.save(holder)
        try adjustAttachmentCount(policy.arn, accountID: holder.accountID, by: 1, in: &lab)
    }

    /// Detaches a managed policy; `NoSuchEntity` when it is not attached.
    func detach<H: PolicyHolder>(_ policyARN: String, from holder: inout H, in lab: inout some LabRepository) throws(ServiceError) {
        guard let index = holder.attachedPolicies.firstIndex(where: { $0.policyARN == policyARN }) else {
            if IAMARN.parse(policyARN)?.resourceType != "policy" {
                throw ServiceError.invalidInput("ARN \(policyARN) is not valid.")
            }
            throw ServiceError.noSuchEntity("Policy \(policyARN) was not found.")
        }
        holder.attachedPolicies.remove(at: index)
        try lab.save(holder)
        try adjustAttachmentCount(policyARN, accountID: holder.accountID, by: -1, in: &lab)
    }

    /// Adds or replaces an inline policy, enforcing the aggregate size quota.
    func putInline<H: PolicyHolder>(_ name: String, document: String, into holder: inout H,
                                    in lab: inout some LabRepository) throws(ServiceError) {
        try PolicyChecks.validateIdentityPolicy(document, isManaged: false)
        var policies = holder.inlinePolicies
        if let index = policies.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            policies[index] = InlinePolicy(name: policies[index].name, document: document)
        } else {
            policies.append(InlinePolicy(name: name, document: document))
        }
        let total = policies.reduce(0) { $0 + PolicySize.nonWhitespaceCount($1.document) }
        if total > H.inlineSizeLimit {
            throw ServiceError.limitExceeded("Maximum policy size of \(H.inlineSizeLimit) bytes exceeded for \(H.entityWord) \(holder.entityName)")
        }
        holder.inlinePolicies = policies
        try lab.save(holder)
    }

    /// The inline policy `name`; `NoSuchEntity` in AWS's words when missing.
    func inline<H: PolicyHolder>(_ name: String, of holder: H) throws(ServiceError) -> InlinePolicy {
        guard let policy = holder.inlinePolicies.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw ServiceError.noSuchEntity("The \(H.entityWord) policy with name \(name) cannot be found.")
        }
        return policy
    }

    /// Removes the inline policy `name`.
    func deleteInline<H: PolicyHolder>(_ name: String, from holder: inout H, in lab: inout some LabRepository) throws(ServiceError) {
        let policy = try inline(name, of: holder)
        holder.inlinePolicies.removeAll { $0.name == policy.name }
        try lab.save(holder)
    }
}
