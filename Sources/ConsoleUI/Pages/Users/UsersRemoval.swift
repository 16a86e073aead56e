/// A change the Users page asks to confirm before making it (`x` on an item, `D` on a user or
/// group): the question, and the IAM operations that make it.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html
struct UsersRemoval: Hashable, Sendable {
    /// What is removed.
    enum Target: Hashable, Sendable {
        /// An item of the user or group.
        case item(UsersItem)
        /// The user or group itself (DeleteUser / DeleteGroup).
        case entity
        /// Everything it holds, one IAM call each, then the user or group itself: the AWS
        /// console's delete, offered only on its own key and after listing what goes.
        case everything([UsersItem])
    }

    /// User or group the change applies to.
    var kind: UsersRow.Kind
    /// Its name.
    var name: String
    /// What is removed.
    var target: Target

    /// `user alice` / `group Developers`.
    /// The confirmation dialog's topic for a removal.
    static let topic = "users.remove"

    var owner: String { "\(kind == .user ? "user" : "group") \(name)" }

    /// The dialog's title.
    var title: String {
        switch target {
        case .item(let item): item.removalTitle
        case .entity: "Delete \(owner)?"
        case .everything: "Delete \(owner) and all it holds?"
        }
    }

    /// The question the dialog asks.
    var question: String {
        switch target {
        case .item(.attachedPolicy(let arn)): "Detach \(arn) from \(owner)? The policy itself stays in the account."
        case .item(.inlinePolicy(let policy)): "Delete inline policy \(policy) of \(owner)? Inline policies cannot be recovered."
        case .item(.group(let group)): "Remove user \(name) from group \(group)? It loses the group's permissions."
        case .item(.member(let user)): "Remove user \(user) from group \(name)? It loses the group's permissions."
        case .item(.accessKey(let id)): "Delete access key \(id) of \(owner)? Anything using it stops working; this cannot be undone."
        case .item(.mfaDevice(let serial)): "Deactivate and delete MFA device \(serial) of \(owner)? Sign-in stops asking for its code."
        case .item(.consolePassword): "Delete the console password of \(owner)? The user can no longer sign in with it."

        case .item(.tag(let tag)): "Remove tag \(tag.key) from \(owner)? Policies that test it stop matching."
        case .entity where kind == .user:
            "Delete user \(name)? IAM refuses (DeleteConflict) while it still has a console password, policies, groups, access keys or MFA devices."
        case .entity: "Delete group \(name)? IAM refuses (DeleteConflict) while it still has members or policies."
        case .everything(let items) where items.isEmpty: "Delete \(owner)? It holds nothing else."
        case .everything(let items):
            "Delete \(owner) after removing, one IAM call each: " + items.map { $0.columns.joined(separator: " ") }.joined(separator: "; ")
                + ". If IAM refuses a call, the ones before it stay done."
        }
    }

    /// The audit event (the operation's name; removing an MFA device is two).
    var eventName: String {
        switch target {
        case .item(.attachedPolicy): kind == .user ? "DetachUserPolicy" : "DetachGroupPolicy"
        case .item(.inlinePolicy): kind == .user ? "DeleteUserPolicy" : "DeleteGroupPolicy"
        case .item(.group), .item(.member): "RemoveUserFromGroup"
        case .item(.accessKey): "DeleteAccessKey"
        case .item(.mfaDevice): "DeactivateMFADevice"
        case .item(.consolePassword): "DeleteLoginProfile"

        case .item(.tag): "UntagUser"
        case .entity, .everything: kind == .user ? "DeleteUser" : "DeleteGroup"
        }
    }
}
