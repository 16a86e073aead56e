/// GetAccessKeyLastUsed, and recording a key's use.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html (`ServiceName`
/// and `Region` are "N/A" and `LastUsedDate` is absent for a key that was never used); action
/// `iam:GetAccessKeyLastUsed` on the owner's user ARN
/// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html).
extension IAMService {
    /// What GetAccessKeyLastUsed returns: the owner and the last use (nil date: never used).
    public struct AccessKeyLastUsed: Sendable, Equatable {
        /// The user who owns the key.
        public var userName: String
        /// When the key was last used; nil when never.
        public var lastUsedDate: Timestamp?
        /// The service of the last use, `N/A` when never used.
        public var serviceName: String
        /// The region of the last use, `N/A` when never used.
        public var region: String
    }

    /// GetAccessKeyLastUsed for a long-term key of a user of the caller's account. A key the
    /// caller's account does not own, and temporary (`ASIA…`) credentials, are
    /// `NoSuchEntity` ("The Access Key with id X cannot be found.", the text of the other
    /// access key operations; LOW CONFIDENCE: the model lists no errors for this operation). For
    /// a key that is not found the call is authorized on `*`, so only callers allowed on every
    /// user learn that it does not exist.
    public func getAccessKeyLastUsed(accessKeyId: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> AccessKeyLastUsed {
        var check = ParameterValidator(operation: "GetAccessKeyLastUsed")
        check.member(accessKeyId, at: "accessKeyId")
        try check.check()
        let key = try lab.fetch(AccessKey.self, AccessKey.key(accessKeyId))
        guard let key, case .user(let accountID, let userName) = key.owner, accountID == caller.accountID else {
            try authorize(caller, "iam:GetAccessKeyLastUsed", on: "*", in: lab)
            throw ServiceError.noSuchEntity("The Access Key with id \(accessKeyId) cannot be found.")
        }
        let owner = try lab.fetch(User.self, User.key(accountID, userName))
        try authorize(caller, "iam:GetAccessKeyLastUsed", on: owner?.arn ?? IAMARN.user(accountID, name: userName),
                      tags: .resource(owner?.tags ?? []), in: lab)
        guard let used = key.lastUsedDate else {
            return AccessKeyLastUsed(userName: userName, lastUsedDate: nil, serviceName: "N/A", region: "N/A")
        }
        return AccessKeyLastUsed(userName: userName, lastUsedDate: used, serviceName: key.lastUsedService ?? "N/A",
                                 region: key.lastUsedRegion ?? "N/A")
    }

    /// Records that long-term key `accessKeyID` authenticated a call to `service` (`iam`,
    /// `sts`) now, in this service's region. Temporary credentials have no last-use record.
    /// A use in the same second as the recorded one changes nothing, so nothing is rewritten.
    public func recordUse(ofAccessKey accessKeyID: String, service: String, in lab: inout some LabRepository) throws(ServiceError) {
        guard var key = try lab.fetch(AccessKey.self, AccessKey.key(accessKeyID)), case .user = key.owner else { return }
        let now = clock.now()
        guard key.lastUsedDate != now || key.lastUsedService != service || key.lastUsedRegion != region else { return }
        key.lastUsedDate = now
        key.lastUsedService = service
        key.lastUsedRegion = region
        try lab.save(key)
    }
}
