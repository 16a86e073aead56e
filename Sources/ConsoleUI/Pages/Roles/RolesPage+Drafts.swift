import IAMKit

extension RolesPage {
    /// Writes the draft and asks the shell to run `$EDITOR` on it (the console suspends and
    /// redraws when the editor exits).
    @discardableResult
    mutating func beginDraft(_ purpose: PolicyDraft.Purpose, text: String, in environment: ConsoleEnvironment) -> [Effect] {
        let drafts = environment.drafts
        do {
            let started = try DraftEditing.begin(purpose, text: text, named: "role-policy", in: drafts, page: .roles)
            draft = started.draft
            return started.effects
        } catch {
            message = PageMessage(error)
            return []
        }
    }

    /// While a draft is open: `e` goes back to the editor, Esc abandons the draft.
    mutating func handleDraft(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        let drafts = environment.drafts
        let step = DraftEditing.handle(command, edit: .rolesEdit, draft: &draft, drafts: drafts, page: .roles)
        if let note = step.message { message = note }
        return step.effects
    }

    /// The editor closed: validate the draft (located errors), then save it through IAM.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        let drafts = environment.drafts
        var note: PageMessage?
        let finished = DraftEditing.finish(result, draft: &draft, drafts: drafts, message: &note)
        if let note { message = note }
        guard let current = finished else { return [] }
        let path = current.path
        let text = current.text
        let saved: Bool
        switch current.purpose {
        case .inlineRolePolicy(let role, let name):
            saved = perform("PutRolePolicy", success: "Inline policy \(name) saved on \(role).", in: environment) { service, caller, repo in
                try service.putRolePolicy(roleName: role, policyName: name, policyDocument: text, caller: caller, in: &repo)
            }
        case .trustPolicy(let role):
            saved = perform("UpdateAssumeRolePolicy", success: "Trust policy of \(role) saved.", in: environment) { service, caller, repo in
                try service.updateAssumeRolePolicy(roleName: role, policyDocument: text, caller: caller, in: &repo)
            }
        case .newPolicy, .newVersion, .inlineUserPolicy, .inlineGroupPolicy:
            saved = false
        }
        if saved {
            drafts.discard(path)
            draft = nil
        } else if let failure = message {
            // IAM refused what the grammar accepted (e.g. a principal that does not exist).
            draft?.problem = DraftProblem(message: failure.text)
            message = nil
        }
        return []
    }
}
