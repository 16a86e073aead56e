import IAMKit

/// One row of the Users and groups list: a user or a group of the caller's account, with what
/// the detail panel shows about it.
struct UsersRow: FilterableRow {
    /// User or group.
    enum Kind: Hashable, Sendable {
        /// An IAM user.
        case user
        /// An IAM group.
        case group
    }

    /// User or group.
    var kind: Kind
    /// The user or group name.
    var name: String
    /// Its ARN.
    var arn: String
    /// Groups of a user; members of a group.
    var related: [String]
    /// Attached managed policies (ARNs).
    var attachedPolicies: [String]
    /// Inline policy names.
    var inlinePolicies: [String]
    /// Access key IDs (users).
    var accessKeyIDs: [String]
    /// Enabled MFA device serial numbers (users).
    var mfaDevices: [String]
    /// Whether the user has a console password (login profile).
    var hasConsolePassword = false
    /// Creation time.
    var created: Timestamp
    /// The user's tags (groups have none in IAM).
    var tags: [Tag] = []
    /// Privilege-escalation findings of a user (IAMKit's analysis), one line each plus its steps.
    var escalationFindings: [String] = []

    /// The filter searches the name.
    var filterTexts: [String] { [name] }

    /// The list's columns: type, name, a short summary.
    var columns: [String] {
        switch kind {
        case .user:
            let mfa = mfaDevices.isEmpty ? "no MFA" : "MFA"
            return ["user", name, [Self.count(related.count, "group"), Self.count(attachedPolicies.count + inlinePolicies.count, "policy", "policies"),
                                   Self.count(accessKeyIDs.count, "key"), mfa].joined(separator: " · ")]
        case .group:
            return ["group", name, Self.count(related.count, "member") + " · " + Self.count(attachedPolicies.count + inlinePolicies.count, "policy", "policies")]
        }
    }

    /// `1 group`, `2 groups`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// The row for `user`, with its enabled devices.
    init(user: User, devices: [MFADevice]) {
        kind = .user
        name = user.userName
        arn = user.arn
        related = user.groupNames
        attachedPolicies = user.attachedPolicies.map(\.policyARN)
        inlinePolicies = user.inlinePolicies.map(\.name)
        accessKeyIDs = user.accessKeyIDs
        mfaDevices = devices.filter { $0.userName == user.userName }.map(\.serialNumber)
        hasConsolePassword = user.loginProfile != nil
        created = user.createDate
        tags = user.tags
    }

    /// The row for `group`.
    init(group: Group) {
        kind = .group
        name = group.groupName
        arn = group.arn
        related = group.userNames
        attachedPolicies = group.attachedPolicies.map(\.policyARN)
        inlinePolicies = group.inlinePolicies.map(\.name)
        accessKeyIDs = []
        mfaDevices = []
        created = group.createDate
    }
}
