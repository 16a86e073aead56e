import IAMPolicy

/// The second half of delegation (the seed's "this is only the first half"): users of the
/// trusted account need an identity policy allowing `sts:AssumeRole` on the role's ARN, even
/// though the role trusts their account. The wizard offers to create that policy in the trusted
/// account and attach it to a user or group there, or shows its JSON for that account's admin.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
public struct AssumeRoleGrant: Sendable, Hashable {
    /// Who receives the permission in the trusted account.
    public enum Target: Sendable, Hashable {
        /// An IAM user.
        case user(String)
        /// An IAM group (all its members).
        case group(String)

        /// The user or group name.
        public var name: String {
            switch self {
            case .user(let name), .group(let name): name
            }
        }
    }

    /// The role users may then assume.
    public var roleARN: String
    /// The role's name (names the policy).
    public var roleName: String
    /// The account whose users receive the permission.
    public var trustedAccountID: String

    /// Creates a grant for `roleName` (ARN `roleARN`) to principals of `trustedAccountID`.
    public init(roleARN: String, roleName: String, trustedAccountID: String) {
        self.roleARN = roleARN
        self.roleName = roleName
        self.trustedAccountID = trustedAccountID
    }

    /// The customer managed policy's name in the trusted account.
    public var policyName: String { String("AllowAssumeRole-\(roleName)".prefix(128)) }

    /// The policy's ARN in the trusted account.
    public var policyARN: String { IAMARN.policy(trustedAccountID, name: policyName) }

    /// The identity policy: allow `sts:AssumeRole` on exactly the role's ARN.
    public var policy: JSONValue {
        ["Version": "2012-10-17",
         "Statement": [["Effect": "Allow", "Action": "sts:AssumeRole", "Resource": .string(roleARN)]]]
    }

    /// The policy text, as the console shows it.
    public var policyDocument: String { JSONWriter.string(for: policy, style: .awsCLI) }

    /// Creates the policy in the trusted account (or reuses it when a policy of that name is
    /// already there) and attaches it to `target`. The lab plays the trusted account's
    /// administrator (its root user), since in AWS that account's admin does this step.
    /// Returns the policy's ARN.
    @discardableResult
    public func apply(to target: Target, using service: IAMService, in lab: inout some LabRepository) throws(ServiceError) -> String {
        let admin = Caller.root(accountID: trustedAccountID)
        do {
            _ = try service.createPolicy(policyName: policyName, policyDocument: policyDocument,
                                         description: "Lets its holders switch to \(roleARN)", caller: admin, in: &lab)
        } catch where error.code == "EntityAlreadyExists" {
            // Granting a second user or group reuses the policy made for the first.
        }
        switch target {
        case .user(let name): try service.attachUserPolicy(userName: name, policyArn: policyARN, caller: admin, in: &lab)
        case .group(let name): try service.attachGroupPolicy(groupName: name, policyArn: policyARN, caller: admin, in: &lab)
        }
        return policyARN
    }
}
