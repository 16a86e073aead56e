import IAMKit

extension PoliciesPage {
    /// Routes a command to the draft, the prompt, the open policy or the list; any command
    /// first picks up changes others made to the lab.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab, drafts = environment.drafts
        defer { messages.stamp(ConsolePages.messageOwner(lab: lab)) }
        visibleRows = max(1, body.height - 5)
        if command == .policiesReload {
            reload(lab, force: true)
            message = PageMessage("Reloaded from the lab.", role: .info)
            return []
        }
        reload(lab, force: false)
        if draft != nil {
            let step = DraftEditing.handle(command, edit: .policiesEdit, draft: &draft, drafts: drafts, page: .policies)
            if let note = step.message { message = note }
            return step.effects
        }
        if let current = prompt { return handlePrompt(command, current, drafts) }
        message = nil
        if command == .policiesCreate {
            prompt = PoliciesPrompt(purpose: .newPolicyName, field: TextPrompt(label: "New policy name:"))
            return []
        }
        if command == .policiesEdit, let arn = detail?.info.arn ?? selectedPolicy?.arn {
            return beginVersionDraft(arn, environment)
        }
        if var open = detail {
            // The document scrolls by the rows it takes wrapped at its area's width, and stops
            // when its last row is at the bottom.
            let area = Self.documentArea(layout(body).content)
            let rows = max(1, area.height)
            let lastTop = max(0, JSONView.rowCount(JSONView.lines(open.document), width: area.width) - rows)
            switch command {
            case .moveDown: open.top = min(open.top + 1, lastTop)
            case .moveUp: open.top = max(0, min(open.top, lastTop) - 1)
            case .pageDown: open.top = min(open.top + rows, lastTop)
            case .pageUp: open.top = max(0, min(open.top, lastTop) - rows)
            case .moveToFirst: open.top = 0
            case .moveToLast: open.top = lastTop
            case .back:
                detail = nil
                return []
            default: break
            }
            detail = open
            return []
        }
        if selection.apply(command, count: shown.count, visibleRows: visibleRows) { return [] }
        switch command {
        case .activate:
            if let policy = selectedPolicy { openDetail(policy.arn, lab) }
        case .policiesFilter:
            prompt = PoliciesPrompt(purpose: .filter, field: TextPrompt(label: "Filter:", text: filter))
        case .policiesScope:
            scope = scope.next
            refilter(keeping: selectedPolicy?.arn)
        case .back where !filter.isEmpty:
            filter = ""
            refilter(keeping: selectedPolicy?.arn)
        default:
            break
        }
        return []
    }

    /// Typed text goes to the prompt; the filter applies as it is typed.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        guard var current = prompt else { return [] }
        current.field.apply(key)
        prompt = current
        if current.purpose == .filter {
            filter = current.field.text
            refilter(keeping: selectedPolicy?.arn)
        }
        return []
    }

    private mutating func handlePrompt(_ command: Command, _ current: PoliciesPrompt, _ drafts: any DraftStore) -> [Effect] {
        switch command {
        case .back:
            prompt = nil
            if current.purpose == .filter {
                filter = ""
                refilter(keeping: selectedPolicy?.arn)
            }
        case .activate where current.purpose == .filter:
            prompt = nil
        case .activate:
            let name = current.field.text
            var check = ParameterValidator(operation: "CreatePolicy")
            check.member(name, at: "policyName")
            do {
                try check.check()
            } catch {
                message = PageMessage(error)
                return []
            }
            prompt = nil
            return beginDraft(.newPolicy(name: name), text: PolicyDraft.identityTemplate, drafts)
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToFirst, .moveToLast:
            if current.purpose == .filter { selection.apply(command, count: shown.count, visibleRows: visibleRows) }
        default:
            break
        }
        return []
    }

    /// A draft of a new default version, starting from the current one (pretty-printed).
    private mutating func beginVersionDraft(_ arn: String, _ environment: ConsoleEnvironment) -> [Effect] {
        guard PolicyPicker.typeName(of: arn) != "AWS managed" else { return [] }
        if detail?.info.arn != arn { openDetail(arn, environment.lab) }
        guard let open = detail else { return [] }
        return beginDraft(.newVersion(arn: arn, name: open.info.policyName), text: PolicyDraft.editorText(open.document),
                          environment.drafts)
    }

    private mutating func beginDraft(_ purpose: PolicyDraft.Purpose, text: String, _ drafts: any DraftStore) -> [Effect] {
        do {
            let started = try DraftEditing.begin(purpose, text: text, named: "policy", in: drafts, page: .policies)
            draft = started.draft
            return started.effects
        } catch {
            message = PageMessage(error)
            return []
        }
    }

    /// The editor closed: validate (located errors), then CreatePolicy or CreatePolicyVersion.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab, drafts = environment.drafts
        defer { messages.stamp(ConsolePages.messageOwner(lab: lab)) }
        var note: PageMessage?
        let finished = DraftEditing.finish(result, draft: &draft, drafts: drafts, message: &note)
        if let note { message = note }
        guard let current = finished else { return [] }
        let path = current.path
        do {
            guard let caller = try lab.currentCaller() else { return [] }
            let service = lab.service
            let text = current.text
            let saved: (arn: String, text: String)
            switch current.purpose {
            case .newPolicy(let name):
                let info = try lab.write(eventName: "CreatePolicy") { repo in
                    try service.createPolicy(policyName: name, policyDocument: text, caller: caller, in: &repo)
                }
                saved = (info.arn, "Policy \(name) created.")
            case .newVersion(let arn, let name):
                let version = try lab.write(eventName: "CreatePolicyVersion") { repo in
                    try service.createPolicyVersion(policyArn: arn, policyDocument: text, setAsDefault: true, caller: caller, in: &repo)
                }
                saved = (arn, "Policy \(name) saved as version \(version.versionID) (default).")
            case .inlineRolePolicy, .trustPolicy, .inlineUserPolicy, .inlineGroupPolicy:
                return []
            }
            drafts.discard(path)
            draft = nil
            reload(lab, force: true)
            openDetail(saved.arn, lab)
            message = PageMessage(saved.text, role: .success)
        } catch let error as ServiceError {
            draft?.problem = DraftProblem(error)
        } catch {
            draft?.problem = DraftProblem(message: "\(error)")
        }
        return []
    }
}
