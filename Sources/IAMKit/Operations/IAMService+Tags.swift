/// Tagging shared by roles, users and customer managed policies, and the user and policy tag
/// operations (the role ones live with the role's other operations).
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagUser.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagUser.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserTags.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyTags.html;
/// actions `iam:TagUser`/`iam:UntagUser`/`iam:ListUserTags` on the user ARN and
/// `iam:TagPolicy`/`iam:UntagPolicy`/`iam:ListPolicyTags` on the policy ARN
/// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html).
extension IAMService {
    /// TagUser: adds or overwrites tags (keys compared case-insensitively); ≤ 50 per user.
    public func tagUser(userName: String, tags: [Tag], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "TagUser")
        check.member(userName, at: "userName")
        check.tags(tags)
        try check.check()
        try Self.rejectDuplicateTagKeys(tags)
        var user = try requireUser(userName, action: "iam:TagUser", request: TagConditions(requestTags: tags), caller: caller, in: lab)
        try addTags(tags, to: &user, in: &lab)
    }

    /// UntagUser: removes the tags with these keys (any case); absent keys are ignored.
    public func untagUser(userName: String, tagKeys: [String], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UntagUser")
        check.member(userName, at: "userName")
        check.tagKeys(tagKeys, at: "tagKeys")
        try check.check()
        var user = try requireUser(userName, action: "iam:UntagUser", request: TagConditions(removedKeys: tagKeys), caller: caller, in: lab)
        try removeTags(tagKeys, from: &user, in: &lab)
    }

    /// ListUserTags, paged.
    public func listUserTags(userName: String, marker: String? = nil, maxItems: Int? = nil,
                             caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Tag> {
        try checkInput("ListUserTags", ["userName": userName, "marker": marker], ints: ["maxItems": maxItems])
        let user = try requireUser(userName, action: "iam:ListUserTags", caller: caller, in: lab)
        return try pageTags(user.tags, marker: marker, maxItems: maxItems)
    }

    /// TagPolicy: customer managed policies only (AWS managed ones cannot be changed).
    public func tagPolicy(policyArn: String, tags: [Tag], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "TagPolicy")
        check.member(policyArn, at: "policyArn")
        check.tags(tags)
        try check.check()
        var policy = try requireTaggablePolicy(policyArn, action: "iam:TagPolicy", request: TagConditions(requestTags: tags), caller: caller, in: lab)
        try addTags(tags, to: &policy, in: &lab)
    }

    /// UntagPolicy.
    public func untagPolicy(policyArn: String, tagKeys: [String], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UntagPolicy")
        check.member(policyArn, at: "policyArn")
        check.tagKeys(tagKeys, at: "tagKeys")
        try check.check()
        var policy = try requireTaggablePolicy(policyArn, action: "iam:UntagPolicy", request: TagConditions(removedKeys: tagKeys), caller: caller, in: lab)
        try removeTags(tagKeys, from: &policy, in: &lab)
    }

    /// ListPolicyTags, paged.
    public func listPolicyTags(policyArn: String, marker: String? = nil, maxItems: Int? = nil,
                               caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Tag> {
        var check = ParameterValidator(operation: "ListPolicyTags")
        check.member(policyArn, at: "policyArn")
        check.member(marker, at: "marker")
        check.member(maxItems, at: "maxItems")
        try check.check()
        let policy = try requireTaggablePolicy(policyArn, action: "iam:ListPolicyTags", caller: caller, in: lab)
        return try pageTags(policy.tags, marker: marker, maxItems: maxItems)
    }

    /// The customer managed policy `arn` after authorizing `action` on it. An AWS managed
    /// policy answers like a missing one (`NoSuchEntity`, "Policy X does not exist or is not
    /// attachable."): it has no tags a customer could change (LOW CONFIDENCE on AWS's exact
    /// answer for AWS managed policies).
    private func requireTaggablePolicy(_ arn: String, action: String, request: TagConditions = .none, caller: Caller,
                                       in lab: some LabRepository) throws(ServiceError) -> ManagedPolicy {
        var conditions = request
        conditions.resourceTags = try policyResourceTags(arn, in: lab).resourceTags
        try authorize(caller, action, on: arn, tags: conditions, in: lab)
        return try requireCustomerPolicy(arn, in: lab)
    }

    /// AWS's answer when one request names a tag key twice, in any case (`Team` and `team`):
    /// IAM user and role tag keys are case-insensitive. Sources:
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html ("Tag keys are case
    /// insensitive" for users and roles); the message as AWS returns it to CreateRole and
    /// TagRole, quoted in https://github.com/github-aws-runners/terraform-aws-github-runner/pull/1346
    /// and https://github.com/terraform-aws-modules/terraform-aws-rds-aurora/issues/189.
    public static let duplicateTagKeysMessage = "Duplicate tag keys found. Please note that Tag keys are case insensitive."

    /// Fails with `InvalidInput` when `tags` holds one key twice, compared regardless of case.
    static func rejectDuplicateTagKeys(_ tags: [Tag]?) throws(ServiceError) {
        var seen = Set<String>()
        for tag in tags ?? [] where !seen.insert(tag.key.lowercased()).inserted {
            throw ServiceError.invalidInput(duplicateTagKeysMessage)
        }
    }

    /// Adds or overwrites `tags` on `holder` and saves it.
    func addTags<H: TagHolder>(_ tags: [Tag], to holder: inout H, in lab: inout some LabRepository) throws(ServiceError) {
        holder.tags = try IAMService.merge(tags, into: holder.tags, quotaName: H.tagQuotaName)
        try lab.save(holder)
    }

    /// Removes the tags whose keys match `keys` regardless of case, and saves `holder`.
    func removeTags<H: TagHolder>(_ keys: [String], from holder: inout H, in lab: inout some LabRepository) throws(ServiceError) {
        let removed = Set(keys.map { $0.lowercased() })
        holder.tags.removeAll { removed.contains($0.key.lowercased()) }
        try lab.save(holder)
    }

    /// Pages tags in the order they were added.
    func pageTags(_ tags: [Tag], marker: String?, maxItems: Int?) throws(ServiceError) -> Page<Tag> {
        try Page.of(tags, key: { $0.key }, marker: marker, maxItems: maxItems)
    }

    /// Merges tags: same key (any case) overwrites; more than 50 in total is `LimitExceeded`
    /// ("Cannot exceed quota for TagsPerRole: 50").
    static func merge(_ new: [Tag], into existing: [Tag], quotaName: String) throws(ServiceError) -> [Tag] {
        var result = existing
        for tag in new {
            if let index = result.firstIndex(where: { $0.key.lowercased() == tag.key.lowercased() }) {
                result[index] = tag
            } else {
                result.append(tag)
            }
        }
        if result.count > 50 {
            throw ServiceError.limitExceeded("Cannot exceed quota for \(quotaName): 50")
        }
        return result
    }
}
