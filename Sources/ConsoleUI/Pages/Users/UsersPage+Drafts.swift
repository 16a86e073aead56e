import IAMKit

extension UsersPage {
    /// The inline-policy form was submitted: name the policy (the guide's name when left empty
    /// and a role was chosen), then open `$EDITOR` on the chosen starting document.
    mutating func startInlineDraft(for row: UsersRow, in environment: ConsoleEnvironment) -> [Effect] {
        let roleARN = form[1] == Self.emptyTemplate ? nil : form[1]
        let grant = roleARN.map { AssumeRoleGrant(roleARN: $0, roleName: Self.roleName(of: $0), trustedAccountID: accountID) }
        let name = form[0].isEmpty ? grant?.policyName ?? "" : form[0]
        var check = ParameterValidator(operation: "PutUserPolicy")
        check.member(name, at: "policyName")
        do {
            try check.check()
        } catch {
            message = [IdentityLine(PageMessage(error))]
            return []
        }
        prompt = nil
        // The wizard's grant: the guide's identity policy allowing sts:AssumeRole on the role.
        let text = grant.map { $0.policyDocument + "\n" } ?? PolicyDraft.identityTemplate
        return beginDraft(Self.inlinePurpose(row.kind, owner: row.name, policy: name), text: text, in: environment)
    }

    /// `e` on an inline policy: its document (GetUserPolicy / GetGroupPolicy) in `$EDITOR`.
    mutating func editSelectedInlinePolicy(in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab
        guard let row = selectedRow, case .inlinePolicy(let policy) = selectedItem else {
            message = [IdentityLine(text: "Only inline policies are edited here; managed policies are edited on the Policies page.",
                                    role: .warning)]
            return []
        }
        let document: String
        do {
            guard let caller = try lab.currentCaller() else { return [] }
            let service = lab.service
            document = try lab.read { repo in
                try row.kind == .user
                    ? service.getUserPolicy(userName: row.name, policyName: policy, caller: caller, in: repo).document
                    : service.getGroupPolicy(groupName: row.name, policyName: policy, caller: caller, in: repo).document
            }
        } catch {
            message = [IdentityLine(PageMessage(error))]
            return []
        }
        message = []
        return beginDraft(Self.inlinePurpose(row.kind, owner: row.name, policy: policy), text: PolicyDraft.editorText(document), in: environment)
    }

    /// The draft purpose for an inline policy of a user or group.
    static func inlinePurpose(_ kind: UsersRow.Kind, owner: String, policy: String) -> PolicyDraft.Purpose {
        kind == .user ? .inlineUserPolicy(user: owner, name: policy) : .inlineGroupPolicy(group: owner, name: policy)
    }

    /// The role name at the end of a role ARN (after its path).
    static func roleName(of arn: String) -> String {
        arn.split(separator: "/").last.map(String.init) ?? arn
    }

    /// Writes the draft and asks the shell to run `$EDITOR` on it.
    mutating func beginDraft(_ purpose: PolicyDraft.Purpose, text: String, in environment: ConsoleEnvironment) -> [Effect] {
        let drafts = environment.drafts
        do {
            let started = try DraftEditing.begin(purpose, text: text, named: "user-policy", in: drafts, page: .users)
            draft = started.draft
            return started.effects
        } catch {
            message = [IdentityLine(PageMessage(error))]
            return []
        }
    }

    /// While a draft is open: `e` goes back to the editor, Esc abandons it.
    mutating func handleDraft(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        let drafts = environment.drafts
        let step = DraftEditing.handle(command, edit: Self.edit, draft: &draft, drafts: drafts, page: .users)
        if let note = step.message { message = [IdentityLine(note)] }
        return step.effects
    }

    /// The editor closed: the engine's located errors first, then PutUserPolicy or
    /// PutGroupPolicy as the console's caller; a refusal keeps the draft with AWS's words.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        let drafts = environment.drafts
        if let answered = answer(result, in: environment) { return answered }
        var note: PageMessage?
        let finished = DraftEditing.finish(result, draft: &draft, drafts: drafts, message: &note)
        if let note { message = [IdentityLine(note)] }
        guard let current = finished else { return [] }
        let path = current.path
        let text = current.text
        let event = current.purpose.isUserPolicy ? "PutUserPolicy" : "PutGroupPolicy"
        let outcome = run(eventName: event, in: environment) { service, caller, repo throws(ServiceError) -> String in
            switch current.purpose {
            case .inlineUserPolicy(let user, let name):
                try service.putUserPolicy(userName: user, policyName: name, policyDocument: text, caller: caller, in: &repo)
                return "Saved inline policy \(name) of user \(user)."
            case .inlineGroupPolicy(let group, let name):
                try service.putGroupPolicy(groupName: group, policyName: name, policyDocument: text, caller: caller, in: &repo)
                return "Saved inline policy \(name) of group \(group)."
            default:
                return ""
            }
        }
        guard let outcome else {
            // IAM refused what the grammar accepted (AccessDenied, a quota): keep the draft,
            // with IAM's words where the engine's would be.
            let refusal = message.first?.text ?? "The policy was not saved."
            draft?.problem = DraftProblem(message: refusal)
            message = []
            return []
        }
        drafts.discard(path)
        draft = nil
        reload(in: environment)
        message = [IdentityLine(text: outcome, role: .success)]
        return []
    }
}

extension PolicyDraft.Purpose {
    /// Whether the draft becomes a user's inline policy.
    var isUserPolicy: Bool {
        if case .inlineUserPolicy = self { return true }
        return false
    }
}
