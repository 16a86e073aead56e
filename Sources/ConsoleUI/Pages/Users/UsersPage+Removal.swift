import IAMKit

extension UsersPage {
    /// Asks to remove the selected item of the opened row.
    mutating func askToRemoveSelectedItem() -> [Effect] {
        guard let row = selectedRow, let item = selectedItem else { return [] }
        return ask(UsersRemoval(kind: row.kind, name: row.name, target: .item(item)))
    }

    /// Asks to delete the selected user or group.
    mutating func askToDeleteSelected() -> [Effect] {
        guard let row = selectedRow else { return [] }
        return ask(UsersRemoval(kind: row.kind, name: row.name, target: .entity))
    }

    /// Holds `removal` and asks about it in the shell's confirmation dialog.
    mutating func ask(_ removal: UsersRemoval) -> [Effect] {
        pendingRemoval = removal
        return [.confirm(Confirmation(title: removal.title, question: removal.question, yes: "Yes", no: "No", titleRole: .danger,
                                      asker: .page(.users, topic: UsersRemoval.topic)))]
    }

    /// The dialog's answer: yes makes the change, no cancels it. Nil for another result.
    mutating func answer(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect]? {
        switch result {
        case .confirmed(UsersRemoval.topic):
            if let removal = pendingRemoval { remove(removal, in: environment) }
        case .declined(UsersRemoval.topic):
            message = [IdentityLine(text: "Cancelled; nothing was changed.", role: .info)]
        default:
            return nil
        }
        pendingRemoval = nil
        return []
    }

    /// Makes the confirmed change as the console's caller. IAM's refusal (DeleteConflict while
    /// the user still holds something, AccessDenied for a caller without the permission) is
    /// shown in AWS's words and nothing changes.
    mutating func remove(_ removal: UsersRemoval, in environment: ConsoleEnvironment) {
        if case .everything(let items) = removal.target {
            removeEverything(removal, items: items, in: environment)
            return
        }
        guard let outcome = perform(removal, in: environment) else { return }
        if case .entity = removal.target { openItems = nil }
        reload(in: environment)
        message = [IdentityLine(text: outcome, role: .success)]
        clampItemSelection()
    }

    /// One removal as one IAM write; nil (and AWS's words in `message`) when refused.
    mutating func perform(_ removal: UsersRemoval, in environment: ConsoleEnvironment) -> String? {
        let name = removal.name, kind = removal.kind
        return run(eventName: removal.eventName, in: environment) { service, caller, repo throws(ServiceError) -> String in
            switch removal.target {
            case .item(.attachedPolicy(let arn)):
                if kind == .user {
                    try service.detachUserPolicy(userName: name, policyArn: arn, caller: caller, in: &repo)
                } else {
                    try service.detachGroupPolicy(groupName: name, policyArn: arn, caller: caller, in: &repo)
                }
                return "Detached \(arn) from \(removal.owner)."
            case .item(.inlinePolicy(let policy)):
                if kind == .user {
                    try service.deleteUserPolicy(userName: name, policyName: policy, caller: caller, in: &repo)
                } else {
                    try service.deleteGroupPolicy(groupName: name, policyName: policy, caller: caller, in: &repo)
                }
                return "Deleted inline policy \(policy) of \(removal.owner)."
            case .item(.group(let group)):
                try service.removeUserFromGroup(groupName: group, userName: name, caller: caller, in: &repo)
                return "Removed \(name) from group \(group)."
            case .item(.member(let user)):
                try service.removeUserFromGroup(groupName: name, userName: user, caller: caller, in: &repo)
                return "Removed \(user) from group \(name)."
            case .item(.accessKey(let id)):
                try service.deleteAccessKey(userName: name, accessKeyId: id, caller: caller, in: &repo)
                return "Deleted access key \(id) of \(name)."
            case .item(.mfaDevice(let serial)):
                // The AWS console's "Remove" is both calls; one transaction, so a refused
                // delete leaves the device enabled.
                try service.deactivateMFADevice(userName: name, serialNumber: serial, caller: caller, in: &repo)
                try service.deleteVirtualMFADevice(serialNumber: serial, caller: caller, in: &repo)
                return "Removed MFA device \(serial) from \(name)."
            case .item(.consolePassword):
                try service.deleteLoginProfile(userName: name, caller: caller, in: &repo)
                return "Deleted the console password of \(name)."

            case .item(.tag(let tag)):
                try service.untagUser(userName: name, tagKeys: [tag.key], caller: caller, in: &repo)
                return "Tag \(tag.key) removed from \(name)."
            case .entity, .everything:
                if kind == .user {
                    try service.deleteUser(userName: name, caller: caller, in: &repo)
                } else {
                    try service.deleteGroup(groupName: name, caller: caller, in: &repo)
                }
                return "Deleted \(removal.owner)."
            }
        }
    }

    /// Keeps the item selection inside the (possibly shorter) list after a change.
    mutating func clampItemSelection() {
        guard var selection = openItems else { return }
        selection.select(selection.selected, count: selectedItems.count, visibleRows: 6)
        openItems = selection
    }
}
