/// An identity that holds policies (user, group, role): the operations that attach, detach,
/// put and delete policies are the same for all three, only names and quotas differ.
public protocol PolicyHolder: LabRecord {
    /// Owning account.
    var accountID: String { get }
    /// The identity's ARN.
    var arn: String { get }
    /// The identity's name as typed.
    var entityName: String { get }
    /// Attached managed policies.
    var attachedPolicies: [AttachedPolicy] { get set }
    /// Inline policies.
    var inlinePolicies: [InlinePolicy] { get set }
    /// `role`, `user` or `group`: the word AWS's messages use.
    static var entityWord: String { get }
    /// Quota name for attached policies (`PoliciesPerRole`, ...).
    static var attachQuotaName: String { get }
    /// Aggregate inline policy size limit (non-white-space characters).
    static var inlineSizeLimit: Int { get }
}

extension Role: PolicyHolder {
    /// The role's name.
    public var entityName: String { roleName }
    /// AWS's word for roles.
    public static let entityWord = "role"
    /// `PoliciesPerRole`.
    public static let attachQuotaName = "PoliciesPerRole"
    /// 10,240 characters for all inline policies of a role.
    public static let inlineSizeLimit = 10240
}

extension User: PolicyHolder {
    /// The user's name.
    public var entityName: String { userName }
    /// AWS's word for users.
    public static let entityWord = "user"
    /// `PoliciesPerUser`.
    public static let attachQuotaName = "PoliciesPerUser"
    /// 2,048 characters for all inline policies of a user.
    public static let inlineSizeLimit = 2048
}

extension Group: PolicyHolder {
    /// The group's name.
    public var entityName: String { groupName }
    /// AWS's word for groups.
    public static let entityWord = "group"
    /// `PoliciesPerGroup`.
    public static let attachQuotaName = "PoliciesPerGroup"
    /// 5,120 characters for all inline policies of a group.
    public static let inlineSizeLimit = 5120
}
