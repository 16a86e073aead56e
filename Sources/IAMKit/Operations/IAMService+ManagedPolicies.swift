/// Managed policy operations: CreatePolicy, GetPolicy, ListPolicies, DeletePolicy and versions.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
extension IAMService {
    /// CreatePolicy: a customer managed policy with version v1 as default.
    @discardableResult
    public func createPolicy(policyName: String, policyDocument: String, path: String? = nil, description: String? = nil,
                             tags: [Tag]? = nil, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> PolicyInfo {
        var check = ParameterValidator(operation: "CreatePolicy")
        check.member(policyName, at: "policyName")
        check.member(path, at: "path")
        check.member(policyDocument, at: "policyDocument")
        check.member(description, at: "description")
        check.tags(tags)
        try check.check()
        let accountID = caller.accountID
        let arn = IAMARN.policy(accountID, path: path ?? "/", name: policyName)
        try authorize(caller, "iam:CreatePolicy", on: arn, tags: TagConditions(requestTags: tags ?? []), in: lab)
        if try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(accountID, policyName)) != nil {
            throw ServiceError.entityAlreadyExists("A policy called \(policyName) already exists. Duplicate names are not allowed.")
        }
        try requireRoom(for: .policy, under: .policiesPerAccount, in: accountID, lab: lab)
        try checkManagedDocument(policyDocument)
        let now = clock.now()
        let policy = ManagedPolicy(accountID: accountID, path: path ?? "/", policyName: policyName, policyID: ids.uniqueID(.policy),
                                   description: description, createDate: now, updateDate: now,
                                   versions: [ManagedPolicyVersion(versionID: "v1", document: policyDocument, isDefaultVersion: true, createDate: now)],
                                   nextVersionNumber: 2, tags: tags ?? [])
        try lab.save(policy)
        try lab.save(UniqueIDEntry(uniqueID: policy.policyID, arn: policy.arn, accountID: accountID))
        return PolicyInfo(policy)
    }

    /// GetPolicy: AWS managed or customer managed.
    public func getPolicy(policyArn: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> PolicyInfo {
        var check = ParameterValidator(operation: "GetPolicy")
        check.member(policyArn, at: "policyArn")
        try check.check()
        try authorize(caller, "iam:GetPolicy", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        if let aws = AWSManagedPolicies.policy(arn: policyArn) {
            let account = try lab.fetch(Account.self, Account.key(caller.accountID))
            return PolicyInfo(aws, attachmentCount: account?.awsManagedAttachmentCounts[aws.arn] ?? 0)
        }
        return PolicyInfo(try requireCustomerPolicy(policyArn, in: lab))
    }

    /// GetPolicyVersion: the version with its document.
    public func getPolicyVersion(policyArn: String, versionId: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> ManagedPolicyVersion {
        var check = ParameterValidator(operation: "GetPolicyVersion")
        check.member(policyArn, at: "policyArn")
        try check.check()
        try authorize(caller, "iam:GetPolicyVersion", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        if let aws = AWSManagedPolicies.policy(arn: policyArn) {
            guard versionId == aws.defaultVersionID else { throw noSuchVersion(policyArn, versionId) }
            return ManagedPolicyVersion(versionID: aws.defaultVersionID, document: aws.document, isDefaultVersion: true, createDate: aws.updateDate)
        }
        let policy = try requireCustomerPolicy(policyArn, in: lab)
        guard let version = policy.versions.first(where: { $0.versionID == versionId }) else { throw noSuchVersion(policyArn, versionId) }
        return version
    }

    /// CreatePolicyVersion: at most five versions; `setAsDefault` makes it the one in force.
    public func createPolicyVersion(policyArn: String, policyDocument: String, setAsDefault: Bool = false,
                                    caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> ManagedPolicyVersion {
        var check = ParameterValidator(operation: "CreatePolicyVersion")
        check.member(policyArn, at: "policyArn")
        check.member(policyDocument, at: "policyDocument")
        try check.check()
        try authorize(caller, "iam:CreatePolicyVersion", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        var policy = try requireCustomerPolicy(policyArn, in: lab)
        if policy.versions.count >= 5 {
            throw ServiceError.limitExceeded(
                "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.")
        }
        try checkManagedDocument(policyDocument)
        let now = clock.now()
        let version = ManagedPolicyVersion(versionID: "v\(policy.nextVersionNumber)", document: policyDocument,
                                    isDefaultVersion: setAsDefault, createDate: now)
        if setAsDefault {
            for index in policy.versions.indices { policy.versions[index].isDefaultVersion = false }
            policy.updateDate = now
        }
        policy.versions.append(version)
        policy.nextVersionNumber += 1
        try lab.save(policy)
        return version
    }

    /// ListPolicyVersions: newest first, without documents.
    public func listPolicyVersions(policyArn: String, marker: String? = nil, maxItems: Int? = nil,
                                   caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<ManagedPolicyVersion> {
        try checkInput("ListPolicyVersions", ["marker": marker], ints: ["maxItems": maxItems])
        try authorize(caller, "iam:ListPolicyVersions", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        if let aws = AWSManagedPolicies.policy(arn: policyArn) {
            let version = ManagedPolicyVersion(versionID: aws.defaultVersionID, document: aws.document, isDefaultVersion: true, createDate: aws.updateDate)
            return Page(items: [version], isTruncated: false, marker: nil)
        }
        let policy = try requireCustomerPolicy(policyArn, in: lab)
        return try Page.of(policy.versions.reversed(), key: { $0.versionID }, marker: marker, maxItems: maxItems)
    }

    /// DeletePolicyVersion: not the default version.
    public func deletePolicyVersion(policyArn: String, versionId: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try authorize(caller, "iam:DeletePolicyVersion", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        var policy = try requireCustomerPolicy(policyArn, in: lab)
        guard let index = policy.versions.firstIndex(where: { $0.versionID == versionId }) else { throw noSuchVersion(policyArn, versionId) }
        if policy.versions[index].isDefaultVersion {
            throw ServiceError.deleteConflict("Cannot delete the default version of a policy.")
        }
        policy.versions.remove(at: index)
        try lab.save(policy)
    }

    /// SetDefaultPolicyVersion.
    public func setDefaultPolicyVersion(policyArn: String, versionId: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try authorize(caller, "iam:SetDefaultPolicyVersion", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        var policy = try requireCustomerPolicy(policyArn, in: lab)
        guard policy.versions.contains(where: { $0.versionID == versionId }) else { throw noSuchVersion(policyArn, versionId) }
        for index in policy.versions.indices { policy.versions[index].isDefaultVersion = policy.versions[index].versionID == versionId }
        policy.updateDate = clock.now()
        try lab.save(policy)
    }

    /// ListPolicies: `scope` All/AWS/Local, `onlyAttached`, `pathPrefix`, paging.
    public func listPolicies(scope: String? = nil, onlyAttached: Bool = false, pathPrefix: String? = nil, marker: String? = nil,
                             maxItems: Int? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<PolicyInfo> {
        try checkInput("ListPolicies", ["pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        if let scope, !["All", "AWS", "Local"].contains(scope) {
            var check = ParameterValidator(operation: "ListPolicies")
            check.fail(scope, at: "scope", mustText: "satisfy enum value set: [All, AWS, Local]")
            try check.check()
        }
        try authorize(caller, "iam:ListPolicies", on: "arn:aws:iam::\(caller.accountID):policy/", in: lab)
        let scope = scope ?? "All"
        var all: [PolicyInfo] = []
        if scope != "Local" {
            let counts = try lab.fetch(Account.self, Account.key(caller.accountID))?.awsManagedAttachmentCounts ?? [:]
            all += AWSManagedPolicies.all.map { PolicyInfo($0, attachmentCount: counts[$0.arn] ?? 0) }
        }
        if scope != "AWS" {
            all += try lab.fetchAll(ManagedPolicy.self, in: caller.accountID).map(PolicyInfo.init)
        }
        let prefix = pathPrefix ?? "/"
        let shown = all.filter { $0.path.hasPrefix(prefix) && (!onlyAttached || $0.attachmentCount > 0) }
            .sorted { $0.policyName.lowercased() < $1.policyName.lowercased() }
        return try Page.of(shown, key: { $0.policyName.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// DeletePolicy: only when detached everywhere and only the default version remains.
    public func deletePolicy(policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try authorize(caller, "iam:DeletePolicy", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        let policy = try requireCustomerPolicy(policyArn, in: lab)
        if policy.attachmentCount > 0 || policy.permissionsBoundaryUsageCount > 0 {
            throw ServiceError.deleteConflict("Cannot delete a policy attached to entities.")
        }
        if policy.versions.count > 1 {
            throw ServiceError.deleteConflict(
                "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.")
        }
        try lab.delete(policy.recordKey)
        try lab.delete(UniqueIDEntry.key(policy.policyID))
    }

    /// The tags of the customer managed policy `arn` as `aws:ResourceTag` keys (none for AWS
    /// managed policies or a policy that does not exist).
    func policyResourceTags(_ arn: String, in lab: some LabRepository) throws(ServiceError) -> TagConditions {
        guard let parts = IAMARN.parse(arn), parts.resourceType == "policy", parts.accountID != "aws",
              let policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)), policy.arn == arn else {
            return .none
        }
        return .resource(policy.tags)
    }

    /// A customer managed policy by ARN (AWS managed ones cannot be changed).
    func requireCustomerPolicy(_ arn: String, in lab: some LabRepository) throws(ServiceError) -> ManagedPolicy {
        guard let parts = IAMARN.parse(arn), parts.resourceType == "policy" else {
            throw ServiceError.invalidInput("ARN \(arn) is not valid.")
        }
        guard let policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)), policy.arn == arn else {
            throw ServiceError.noSuchEntity("Policy \(arn) does not exist or is not attachable.")
        }
        return policy
    }

    /// Managed documents: grammar, `2012-10-17`, and ≤ 6,144 non-white-space characters.
    func checkManagedDocument(_ document: String) throws(ServiceError) {
        if PolicySize.nonWhitespaceCount(document) > 6144 {
            throw ServiceError.limitExceeded("Cannot exceed quota for PolicySize: 6144")
        }
        try PolicyChecks.validateIdentityPolicy(document, isManaged: true)
    }

    private func noSuchVersion(_ arn: String, _ version: String) -> ServiceError {
        ServiceError.noSuchEntity("Policy \(arn) version \(version) does not exist or is not attachable.")
    }
}
