import IAMKit

/// One thing a user or group holds, as the opened row lists it: what `x` removes and the
/// operation that removes it. DeleteUser refuses while any of these remain.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html
enum UsersItem: Hashable, Sendable {
    /// An attached managed policy (ARN): DetachUserPolicy / DetachGroupPolicy.
    case attachedPolicy(String)
    /// An inline policy (name): DeleteUserPolicy / DeleteGroupPolicy; `e` edits it.
    case inlinePolicy(String)
    /// A group of the user: RemoveUserFromGroup.
    case group(String)
    /// A member of the group: RemoveUserFromGroup.
    case member(String)
    /// An access key (ID): DeleteAccessKey.
    case accessKey(String)
    /// An enabled MFA device (serial): DeactivateMFADevice, then DeleteVirtualMFADevice.
    case mfaDevice(String)
    /// The user's console password: DeleteLoginProfile (the first thing DeleteUser's page lists).
    case consolePassword
    /// A tag of the user: UntagUser; `e` changes it (TagUser).
    case tag(Tag)

    /// Every item of `row`, in the AWS console's tab order: permissions, groups, credentials.
    static func all(of row: UsersRow) -> [UsersItem] {
        let related: [UsersItem] = row.kind == .user ? row.related.map(Self.group) : row.related.map(Self.member)
        return row.attachedPolicies.map(Self.attachedPolicy) + row.inlinePolicies.map(Self.inlinePolicy) + related
            + (row.hasConsolePassword ? [.consolePassword] : []) + row.accessKeyIDs.map(Self.accessKey) + row.mfaDevices.map(Self.mfaDevice) + row.tags.map(Self.tag)
    }

    /// Whether DeleteUser refuses while the item remains (tags go with the user).
    var blocksDeletion: Bool {
        if case .tag = self { return false }
        return true
    }

    /// The list's columns: what it is, and its name.
    var columns: [String] {
        switch self {
        case .attachedPolicy(let arn): [arn.hasPrefix("arn:aws:iam::aws:policy") ? "AWS managed" : "Customer managed", arn]
        case .inlinePolicy(let name): ["Inline policy", name]
        case .group(let name): ["Group", name]
        case .member(let name): ["Member", name]
        case .accessKey(let id): ["Access key", id]
        case .mfaDevice(let serial): ["MFA device", serial]
        case .consolePassword: ["Console password", "login profile"]
        case .tag(let tag): ["Tag", tag.value.isEmpty ? tag.key : "\(tag.key) = \(tag.value)"]
        }
    }

    /// The dialog's title: `Detach policy?`, `Remove from group?`.
    var removalTitle: String {
        switch self {
        case .attachedPolicy: "Detach policy?"
        case .inlinePolicy: "Delete inline policy?"
        case .group: "Remove from group?"
        case .member: "Remove member?"
        case .accessKey: "Delete access key?"
        case .mfaDevice: "Remove MFA device?"
        case .consolePassword: "Delete console password?"
        case .tag: "Remove tag?"
        }
    }
}
