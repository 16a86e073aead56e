import IAMKit

extension RolesPage {
    /// Writes the draft and asks the shell to run `$EDITOR` on it (the console suspends and
    /// redraws when the editor exits).
    @discardableResult
    mutating func beginDraft(_ purpose: PolicyDraft.Purpose, text: String) -> [Effect] {
        do {
            let path = try drafts.create(named: "role-policy", contents: text)
            draft = PolicyDraft(purpose: purpose, path: path, text: text)
            return [.editFile(path: path, page: .roles)]
        } catch {
            message = PageMessage(error)
            return []
        }
    }

    /// While a draft is open: `e` goes back to the editor, Esc abandons the draft.
    mutating func handleDraft(_ command: Command) -> [Effect] {
        guard let current = draft else { return [] }
        switch command {
        case .rolesEdit:
            return [.editFile(path: current.path, page: .roles)]
        case .back:
            drafts.discard(current.path)
            draft = nil
            message = PageMessage("Draft discarded; nothing was saved.", role: .info)
        default:
            break
        }
        return []
    }

    /// The editor closed: validate the draft (located errors), then save it through IAM.
    public mutating func receive(_ result: EffectResult) -> [Effect] {
        guard case .editorFinished(let path, let status) = result, var current = draft, current.path == path else { return [] }
        if let failure = current.readBack(status: status, from: drafts) {
            message = failure
            return []
        }
        draft = current
        guard current.problem == nil else { return [] }
        let text = current.text
        let saved: Bool
        switch current.purpose {
        case .inlineRolePolicy(let role, let name):
            saved = perform("PutRolePolicy", success: "Inline policy \(name) saved on \(role).") { service, caller, repo in
                try service.putRolePolicy(roleName: role, policyName: name, policyDocument: text, caller: caller, in: &repo)
            }
        case .trustPolicy(let role):
            saved = perform("UpdateAssumeRolePolicy", success: "Trust policy of \(role) saved.") { service, caller, repo in
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
