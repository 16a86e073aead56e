import IAMKit

/// What the Users page is asking for: the form of one action.
enum UsersPrompt: Hashable, Sendable {
    /// CreateUser: a name.
    case createUser
    /// CreateGroup: a name.
    case createGroup
    /// AddUserToGroup: the group for the selected user.
    case addToGroup(user: String)
    /// Attach{User,Group}Policy: a policy ARN.
    case attachPolicy(row: UsersRow)
    /// Put{User,Group}Policy: a name and what the `$EDITOR` draft starts from.
    case inlinePolicy(row: UsersRow)
    /// EnableMFADevice after CreateVirtualMFADevice: the seed to show and two codes.
    case enableMFA(user: String, serialNumber: String, seed: String, uri: String)
    /// `/`: the list filter.
    case filter
    /// TagUser: a key and a value for `user`, changing `replacing` when set.
    case tag(user: String, replacing: Tag?)

    /// The panel title.
    var title: String {
        switch self {
        case .createUser: "Create user"
        case .createGroup: "Create group"
        case .addToGroup(let user): "Add \(user) to a group"
        case .attachPolicy(let row): "Attach a managed policy to \(row.kind == .user ? "user" : "group") \(row.name)"
        case .inlinePolicy(let row): "Write an inline policy for \(row.kind == .user ? "user" : "group") \(row.name)"
        case .enableMFA(let user, _, _, _): "Set up a virtual MFA device for \(user)"
        case .filter: "Filter"
        case .tag(let user, nil): "Add a tag to user \(user)"
        case .tag(let user, let tag?): "Change tag \(tag.key) of user \(user)"
        }
    }

    /// The form the prompt shows; the inline-policy form offers the guide's policy for each
    /// role in `trustingRoleARNs` (roles whose trust names this account).
    func form(trustingRoleARNs: [String] = []) -> FormValues {
        switch self {
        case .createUser:
            FormValues(fields: [FormEntry(label: "User name", placeholder: "up to 64 of A-Z a-z 0-9 +=,.@_-", maxLength: 128, concept: .usersAndMFA)])
        case .createGroup:
            FormValues(fields: [FormEntry(label: "Group name", placeholder: "up to 128 of A-Z a-z 0-9 +=,.@_-", maxLength: 256, concept: .usersAndMFA)])
        case .addToGroup:
            FormValues(fields: [FormEntry(label: "Group name", placeholder: "e.g. Developers", maxLength: 256, concept: .usersAndMFA)])
        case .attachPolicy:
            FormValues(fields: [FormEntry(label: "Policy ARN", text: "arn:aws:iam::", placeholder: "", maxLength: 2048, concept: .usersAndMFA)])
        case .inlinePolicy:
            FormValues(fields: [
                FormEntry(label: "Policy name",
                              placeholder: trustingRoleARNs.isEmpty ? "e.g. AssumeTestRole" : "empty: AllowAssumeRole-<role name>",
                              maxLength: 128, concept: .usersAndMFA),
                FormEntry(label: "Start from", text: trustingRoleARNs.first ?? UsersPage.emptyTemplate,
                              choices: trustingRoleARNs + [UsersPage.emptyTemplate], concept: .usersAndMFA),
            ])
        case .enableMFA:
            FormValues(fields: [
                FormEntry(label: "MFA code 1", placeholder: "6 digits", maxLength: 6, concept: .usersAndMFA),
                FormEntry(label: "MFA code 2", placeholder: "the next 6 digits", maxLength: 6, concept: .usersAndMFA),
            ])
        case .filter:
            FormValues(fields: [FormEntry(label: "Filter", placeholder: "part of a name", maxLength: 128, concept: .usersAndMFA)])
        case .tag(_, let tag):
            // Lengths are left to TagUser, which answers in AWS's words (1–128, 0–256).
            FormValues(fields: [FormEntry(label: "Key", text: tag?.key ?? "", placeholder: "e.g. team", maxLength: 1024, concept: .usersAndMFA),
                                  FormEntry(label: "Value", text: tag?.value ?? "", placeholder: "may be empty", maxLength: 1024, concept: .usersAndMFA)])
        }
    }
}
