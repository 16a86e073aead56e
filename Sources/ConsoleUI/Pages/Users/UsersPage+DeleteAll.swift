extension UsersPage {
    /// Asks to delete the selected user or group together with everything it holds, listing it.
    mutating func askToDeleteWithEverything() -> [Effect] {
        guard let row = selectedRow else { return [] }
        return ask(UsersRemoval(kind: row.kind, name: row.name, target: .everything(UsersItem.all(of: row).filter(\.blocksDeletion))))
    }

    /// The AWS console's delete: each item the dialog listed is removed with its own IAM call
    /// (so the audit log shows each, as CloudTrail would), then DeleteUser or DeleteGroup. The
    /// first refusal stops it; what was done before stays done, as in AWS, and the page says
    /// how far it got above IAM's words.
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html
    mutating func removeEverything(_ removal: UsersRemoval, items: [UsersItem], in environment: ConsoleEnvironment) {
        let steps = items.map { UsersRemoval(kind: removal.kind, name: removal.name, target: .item($0)) }
            + [UsersRemoval(kind: removal.kind, name: removal.name, target: .entity)]
        for (done, step) in steps.enumerated() where perform(step, in: environment) == nil {
            let refusal = message
            reload(in: environment)
            message = [IdentityLine(text: "Stopped after \(done) of \(steps.count) calls; IAM refused \(step.eventName):", role: .warning)]
                + refusal
            return
        }
        openItems = nil
        reload(in: environment)
        message = [IdentityLine(text: "Deleted \(removal.owner) and the \(items.count) things it held (\(steps.count) IAM calls).",
                                role: .success)]
    }
}
