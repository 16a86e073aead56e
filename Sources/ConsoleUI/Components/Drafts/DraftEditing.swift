/// The `$EDITOR` round trip every page with policy drafts shares (Roles, Policies, Users):
/// write the draft and ask the shell for the editor, reopen or discard it while it is open,
/// and read it back (validated by the engine) when the editor exits.
enum DraftEditing {
    /// Writes a new draft named after `name` and the effect that runs `$EDITOR` on it for `page`.
    static func begin(_ purpose: PolicyDraft.Purpose, text: String, named name: String, in drafts: any DraftStore,
                      page: PageID) throws -> (draft: PolicyDraft, effects: [Effect]) {
        let path = try drafts.create(named: name, contents: text)
        return (PolicyDraft(purpose: purpose, path: path, text: text), [.editFile(path: path, page: page)])
    }

    /// While `draft` is open: `edit` goes back to the editor (the text is kept), Esc discards
    /// it; anything else does nothing. Returns the effects and what to tell the user.
    static func handle(_ command: Command, edit: Command, draft: inout PolicyDraft?, drafts: any DraftStore,
                       page: PageID) -> (effects: [Effect], message: PageMessage?) {
        guard let current = draft else { return ([], nil) }
        switch command {
        case edit:
            return ([.editFile(path: current.path, page: page)], nil)
        case .back:
            drafts.discard(current.path)
            draft = nil
            return ([], PageMessage("Draft discarded; nothing was saved.", role: .info))
        default:
            return ([], nil)
        }
    }

    /// The editor exited: reads `draft` back and validates it (located errors go on the draft).
    /// Returns the draft when it is valid and should be saved through IAM; nil when `result`
    /// is not about it or there is nothing to save (then `message` says why, if the draft does not).
    static func finish(_ result: EffectResult, draft: inout PolicyDraft?, drafts: any DraftStore,
                       message: inout PageMessage?) -> PolicyDraft? {
        guard case .editorFinished(let path, let status) = result, var current = draft, current.path == path else { return nil }
        if let failure = current.readBack(status: status, from: drafts) {
            message = failure
            return nil
        }
        draft = current
        return current.problem == nil ? current : nil
    }
}
