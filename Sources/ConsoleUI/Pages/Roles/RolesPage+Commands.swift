import IAMKit

extension RolesPage {
    /// Routes a command to whatever has the user's attention: a draft, the picker, a prompt,
    /// the open role, or the list. Any command first picks up changes others made to the lab.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        defer { messages.stamp(ConsolePages.messageOwner(lab: environment.lab)) }
        visibleRows = max(1, RolesLayout(body, page: self).listRows)
        let content = RolesLayout(body, page: self).content
        contentSize = Size(width: content.width, height: content.height)
        if command == .rolesReload {
            reload(force: true, in: environment)
            message = PageMessage("Reloaded from the lab.", role: .info)
            return []
        }
        reload(force: false, in: environment)
        if command == .rolesNew { return [.openPage(.createRole)] }
        if draft != nil { return handleDraft(command, in: environment) }
        if picker != nil { return handlePicker(command, body: body, in: environment) }
        if prompt != nil { return handlePrompt(command, in: environment) }
        message = nil
        if detail != nil { return handleDetail(command, in: environment) }
        return handleList(command, in: environment)
    }

    /// Typed text goes to the prompt or the picker's filter.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        if picker != nil {
            picker?.type(key)
            return []
        }
        guard var current = prompt else { return [] }
        current.field.apply(key)
        prompt = current
        if current.purpose == .filter {
            filter = current.field.text
            applyFilterAndSort(keeping: selectedRow?.name)
        }
        return []
    }

    private mutating func handleList(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        if selection.apply(command, count: shown.count, visibleRows: visibleRows) { return [] }
        switch command {
        case .activate:
            if let row = selectedRow { reopen(row.name, tab: .permissions, selection: ListSelection(), in: environment) }
        case .rolesFilter:
            prompt = RolesPrompt(purpose: .filter, field: TextPrompt(label: "Filter:", text: filter))
        case .rolesSort:
            sort = sort.next
            applyFilterAndSort(keeping: selectedRow?.name)
        case .rolesDelete:
            if let row = selectedRow { askToDelete(row.name) }
        case .back where !filter.isEmpty:
            filter = ""
            applyFilterAndSort(keeping: selectedRow?.name)
        default:
            break
        }
        return []
    }

    private mutating func handlePrompt(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        guard let current = prompt else { return [] }
        switch command {
        case .back:
            prompt = nil
            if current.purpose == .filter {
                filter = ""
                applyFilterAndSort(keeping: selectedRow?.name)
            }
        case .activate:
            return submit(current, in: environment)
        case .moveUp, .moveDown, .pageUp, .pageDown, .moveToFirst, .moveToLast:
            // The filter stays open while the user moves through what it matches.
            if current.purpose == .filter { selection.apply(command, count: shown.count, visibleRows: visibleRows) }
        default:
            break
        }
        return []
    }

    private mutating func submit(_ current: RolesPrompt, in environment: ConsoleEnvironment) -> [Effect] {
        let text = current.field.text
        switch current.purpose {
        case .filter:
            prompt = nil
        case .confirmDelete(let role):
            guard text == role else {
                message = PageMessage("Type the role name \(role) exactly to delete it.", role: .warning)
                return []
            }
            prompt = nil
            deleteRole(role, in: environment)
        case .inlinePolicyName:
            guard let role = detail?.role.roleName else { return [] }
            var check = ParameterValidator(operation: "PutRolePolicy")
            check.member(text, at: "policyName")
            do {
                try check.check()
            } catch {
                message = PageMessage(error)
                return []
            }
            prompt = nil
            return beginDraft(.inlineRolePolicy(role: role, name: text), text: PolicyDraft.identityTemplate, in: environment)
        case .description:
            guard let role = detail?.role.roleName else { return [] }
            let done = perform("UpdateRole", success: "Description of \(role) saved.", in: environment) { service, caller, repo in
                try service.updateRole(roleName: role, description: text, caller: caller, in: &repo)
            }
            if done { prompt = nil }
        case .tag(let question):
            submitTag(question, text: text, in: environment)
        }
        return []
    }

    private mutating func handlePicker(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        guard var current = picker else { return [] }
        if current.apply(command, visibleRows: current.visibleRows(in: body)) {
            picker = current
            return []
        }
        switch command {
        case .back:
            picker = nil
        case .activate:
            guard let policy = current.selected, let role = detail?.role.roleName else { return [] }
            picker = nil
            perform("AttachRolePolicy", success: "Attached \(policy.policyName) to \(role).", in: environment) { service, caller, repo in
                try service.attachRolePolicy(roleName: role, policyArn: policy.arn, caller: caller, in: &repo)
            }
        default:
            break
        }
        return []
    }

    /// Opens the typed confirmation of a deletion.
    mutating func askToDelete(_ role: String) {
        prompt = RolesPrompt(purpose: .confirmDelete(role: role), field: TextPrompt(label: "Type the role name to delete it:"))
    }

    /// DeleteRole; AWS's refusal (policies still attached) is shown as AWS words it.
    mutating func deleteRole(_ role: String, in environment: ConsoleEnvironment) {
        let done = perform("DeleteRole", success: "Role \(role) deleted.", in: environment) { service, caller, repo in
            try service.deleteRole(roleName: role, caller: caller, in: &repo)
        }
        if done { detail = nil }
    }

    /// Runs one write as the console's caller; shows `success` or the service's error, then
    /// reloads. Returns whether the write succeeded.
    @discardableResult
    mutating func perform(_ event: String, success: String, in environment: ConsoleEnvironment,
                          _ body: (IAMService, Caller, inout any LabRepository) throws -> Void) -> Bool {
        let lab = environment.lab
        do {
            guard let caller = try lab.currentCaller() else {
                message = PageMessage("Sign in first: console actions run as the signed-in identity.", role: .warning)
                return false
            }
            let service = lab.service
            try lab.write(eventName: event) { repo in try body(service, caller, &repo) }
            reload(force: true, in: environment)
            message = PageMessage(success, role: .success)
            return true
        } catch {
            message = PageMessage(error)
            return false
        }
    }
}
