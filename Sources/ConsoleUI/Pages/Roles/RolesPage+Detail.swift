import IAMKit
import IAMPolicy

extension RolesPage {
    /// Opens (or refreshes) the detail of role `name` on `tab`: GetRole for the trust policy in
    /// display form, and the documents of its policies for the Permissions tab.
    mutating func reopen(_ name: String, tab: RoleDetail.Tab, selection: ListSelection, in environment: ConsoleEnvironment) {
        let lab = environment.lab
        do {
            guard let caller = try lab.currentCaller() else { return }
            let service = lab.service
            let loaded: RoleDetail? = try lab.read { repo in
                let role: Role
                do {
                    role = try service.getRole(roleName: name, caller: caller, in: repo)
                } catch let error as ServiceError where error.code == "NoSuchEntity" {
                    return nil
                }
                var detail = RoleDetail(role: role)
                detail.permissions = try Self.permissionRows(of: role, service: service, caller: caller, in: repo)
                detail.escalationFindings = try service.escalationFindings(forRole: role.roleName, accountID: role.accountID, in: repo)
                    .flatMap(\.lines)
                return detail
            }
            guard var fresh = loaded else {
                detail = nil
                message = PageMessage("Role \(name) no longer exists (deleted elsewhere).", role: .warning)
                return
            }
            fresh.tab = tab
            fresh.selection = selection
            detail = fresh
            if tab == .whoCanAssume { loadWhoCanAssume(in: environment) }
            clampDetailSelection()
        } catch {
            message = PageMessage(error)
        }
    }

    /// Attached policies (default version's document) then inline policies.
    static func permissionRows(of role: Role, service: IAMService, caller: Caller, in repo: any LabRepository) throws -> [PermissionRow] {
        var rows: [PermissionRow] = []
        for attached in role.attachedPolicies {
            let info = try service.getPolicy(policyArn: attached.policyARN, caller: caller, in: repo)
            let version = try service.getPolicyVersion(policyArn: attached.policyARN, versionId: info.defaultVersionID,
                                                       caller: caller, in: repo)
            let source: PermissionRow.Source = PolicyPicker.typeName(of: info.arn) == "AWS managed" ? .awsManaged : .customerManaged
            rows.append(PermissionRow(name: attached.policyName, source: source, arn: attached.policyARN, document: version.document))
        }
        rows += role.inlinePolicies.map { PermissionRow(name: $0.name, source: .inline, arn: nil, document: $0.document) }
        return rows
    }

    /// Runs the real trust evaluation for every principal of the lab (IAMKit's whoCanAssume).
    mutating func loadWhoCanAssume(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        guard let role = detail?.role else { return }
        do {
            let service = lab.service
            let entries = try lab.read { repo in try service.whoCanAssume(role: role, in: repo) }
            detail?.whoCanAssume = entries
        } catch {
            message = PageMessage(error)
        }
    }

    mutating func handleDetail(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        guard var open = detail else { return [] }
        if open.tab == .details {
            let fields = RoleDetailView.detailFields(open.role, findings: open.escalationFindings)
            let maxTop = fields.maxTop(width: contentSize.width, height: contentSize.height)
            if let top = DetailFields.scrolled(open.selection.selected, by: command, maxTop: maxTop, height: contentSize.height) {
                open.selection.select(top, count: maxTop + 1, visibleRows: 1)
                detail = open
                return []
            }
        }
        // The trust policy scrolls by the rows it takes wrapped at the tab's width.
        let count = open.tab == .trust
            ? JSONView.rowCount(JSONView.lines(open.role.assumeRolePolicyDocument), width: contentSize.width) : open.listCount
        if open.selection.apply(command, count: count, visibleRows: visibleRows) {
            detail = open
            return []
        }
        let tabs = RoleDetail.Tab.allCases
        let index = tabs.firstIndex(of: open.tab) ?? 0
        switch command {
        case .back:
            detail = nil
        case .rolesPreviousTab, .rolesNextTab:
            let step = command == .rolesNextTab ? 1 : tabs.count - 1
            open.tab = tabs[(index + step) % tabs.count]
            open.selection = ListSelection()
            detail = open
            if open.tab == .whoCanAssume, open.whoCanAssume == nil { loadWhoCanAssume(in: environment) }
        case .rolesAttach:
            openPicker(excluding: Set(open.permissions.compactMap(\.arn)), in: environment)
        case .rolesAddInline:
            prompt = RolesPrompt(purpose: .inlinePolicyName, field: TextPrompt(label: "Inline policy name:"))
        case .rolesAddTag:
            handleTag(command, on: &open, in: environment)
        case .rolesEdit where open.tab == .tags, .rolesRemovePolicy where open.tab == .tags:
            handleTag(command, on: &open, in: environment)
        case .rolesRemovePolicy:
            guard let row = open.selectedPermission else { return [] }
            let role = open.role.roleName
            if let arn = row.arn {
                perform("DetachRolePolicy", success: "Detached \(row.name) from \(role).", in: environment) { service, caller, repo in
                    try service.detachRolePolicy(roleName: role, policyArn: arn, caller: caller, in: &repo)
                }
            } else {
                perform("DeleteRolePolicy", success: "Deleted inline policy \(row.name) of \(role).", in: environment) { service, caller, repo in
                    try service.deleteRolePolicy(roleName: role, policyName: row.name, caller: caller, in: &repo)
                }
            }
            clampDetailSelection()
        case .rolesEdit where open.tab == .permissions:
            guard let row = open.selectedPermission, row.source == .inline else {
                message = PageMessage("Only inline policies are edited here; edit managed policies on the Policies page.", role: .warning)
                return []
            }
            return beginDraft(.inlineRolePolicy(role: open.role.roleName, name: row.name), text: PolicyDraft.editorText(row.document), in: environment)
        case .rolesEdit where open.tab == .trust:
            return beginDraft(.trustPolicy(role: open.role.roleName), text: PolicyDraft.editorText(open.role.assumeRolePolicyDocument), in: environment)
        case .rolesEdit where open.tab == .details:
            prompt = RolesPrompt(purpose: .description,
                                 field: TextPrompt(label: "Description:", text: open.role.description ?? ""))
        case .rolesDelete:
            askToDelete(open.role.roleName)
        default:
            break
        }
        return []
    }

    private mutating func clampDetailSelection() {
        guard var open = detail else { return }
        open.selection.select(open.selection.selected, count: open.listCount, visibleRows: visibleRows)
        detail = open
    }

    /// The attachable policies (ListPolicies), without those already attached.
    private mutating func openPicker(excluding attached: Set<String>, in environment: ConsoleEnvironment) {
        let lab = environment.lab
        do {
            guard let caller = try lab.currentCaller() else { return }
            let service = lab.service
            let policies = try lab.read { repo in
                try service.listPolicies(maxItems: 1000, caller: caller, in: repo).items
            }
            picker = PolicyPicker(policies: policies.filter { !attached.contains($0.arn) })
        } catch {
            message = PageMessage(error)
        }
    }
}
