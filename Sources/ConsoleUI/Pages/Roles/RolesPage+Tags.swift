import IAMKit

/// The Tags tab of an open role: `t` adds, `e` changes, `x` removes, through TagRole and
/// UntagRole as the console's caller (AWS's validation and messages).
extension RolesPage {
    /// `t`, `e` and `x` on the Tags tab.
    mutating func handleTag(_ command: Command, on open: inout RoleDetail, in environment: ConsoleEnvironment) {
        switch command {
        case .rolesAddTag:
            if open.tab != .tags {
                open.tab = .tags
                open.selection = ListSelection()
                detail = open
            }
            prompt = RolesPrompt(purpose: .tag(.key(replacing: nil)), field: TagEditor.prompt(.key(replacing: nil)))
        case .rolesEdit:
            guard let tag = open.selectedTag else {
                message = PageMessage("No tag is selected: t adds one.", role: .warning)
                return
            }
            prompt = RolesPrompt(purpose: .tag(.key(replacing: tag)), field: TagEditor.prompt(.key(replacing: tag)))
        default:
            guard let tag = open.selectedTag else { return }
            apply(TagEditor.remove(tag), to: open.role.roleName, in: environment)
        }
    }

    /// Enter on a tag prompt: the key leads to the value; the value applies the change.
    mutating func submitTag(_ question: TagEditor.Question, text: String, in environment: ConsoleEnvironment) {
        switch question {
        case .key(let replacing):
            let next = TagEditor.Question.value(key: text, replacing: replacing)
            prompt = RolesPrompt(purpose: .tag(next), field: TagEditor.prompt(next))
        case .value(let key, let replacing):
            guard let role = detail?.role.roleName else { return }
            if apply(TagEditor.set(key: key, value: text, replacing: replacing), to: role, in: environment) { prompt = nil }
        }
    }

    /// Runs `change` on role `role` in one write: nothing changes unless all of it succeeds.
    @discardableResult
    private mutating func apply(_ change: TagEditor.Change, to role: String, in environment: ConsoleEnvironment) -> Bool {
        perform(change.tag.isEmpty ? "UntagRole" : "TagRole", success: change.summary, in: environment) { service, caller, repo in
            if !change.untag.isEmpty { try service.untagRole(roleName: role, tagKeys: change.untag, caller: caller, in: &repo) }
            if !change.tag.isEmpty { try service.tagRole(roleName: role, tags: change.tag, caller: caller, in: &repo) }
        }
    }
}
