import ConsoleUI
import IAMKit
import Testing

/// Attaching, detaching, inline policies in `$EDITOR`, trust edits and deletion.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html
@Suite("Roles page: permissions, trust edits, deletion")
struct RolesPermissionsTests {
    @Test("a attaches from the catalog (filtered by typing); x detaches")
    func attachAndDetach() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .character("a"))
        #expect(state.roles?.picker != nil)
        state.type("IAMRead")
        #expect(state.roles?.picker?.selected?.policyName == "IAMReadOnlyAccess")
        state.press(.enter)
        #expect(lab.storedRole()?.attachedPolicies.map(\.policyName) == ["PolicyForRole", "IAMReadOnlyAccess"])
        #expect(state.roles?.detail?.permissions.map(\.source) == [.customerManaged, .awsManaged])
        state.press(.down, .character("x"))
        #expect(lab.storedRole()?.attachedPolicies.map(\.policyName) == ["PolicyForRole"])
        #expect(lab.gateway.writtenEvents.suffix(2) == ["AttachRolePolicy", "DetachRolePolicy"])
    }

    @Test("i writes an inline policy in $EDITOR: located errors first, saved once valid")
    func inlinePolicy() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .character("i"))
        state.type("ListOnly")
        let effects = state.press(.enter)
        guard case .editFile(let path, let page)? = effects.first else {
            Issue.record("expected the editor to open, got \(effects)")
            return
        }
        #expect(page == .roles)
        lab.drafts.edit(path, to: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"s3:*\"}\n  ]\n}\n")
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
        let problem = try #require(state.roles?.draft?.problem)
        #expect(problem.line == 4)
        #expect(problem.summary.hasPrefix("line 4, column"))
        #expect(problem.message.hasPrefix("MalformedPolicyDocument"))
        #expect(lab.storedRole()?.inlinePolicies.isEmpty == true)
        #expect(state.press(.character("e")) == [.editFile(path: path, page: .roles)])
        lab.drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}"#)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
        #expect(state.roles?.draft == nil)
        #expect(lab.storedRole()?.inlinePolicies.map(\.name) == ["ListOnly"])
        #expect(lab.drafts.files[path] == nil)
    }

    @Test("e on the trust tab edits the trust policy; IAM's refusal of an unknown principal keeps the draft")
    func editTrust() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .right)
        let effects = state.press(.character("e"))
        guard case .editFile(let path, _)? = effects.first else {
            Issue.record("expected the editor to open")
            return
        }
        #expect(lab.drafts.files[path]?.contains("arn:aws:iam::123456789012:user/bob") == true)
        let ghost = RolesTestLab.trust.replacingOccurrences(of: "user/bob", with: "user/nobody")
        lab.drafts.edit(path, to: ghost)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
        #expect(state.roles?.draft?.problem?.message == #"MalformedPolicyDocument: Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:user/nobody""#)
        let alice = RolesTestLab.trust.replacingOccurrences(of: "user/bob", with: "user/alice")
        lab.drafts.edit(path, to: alice)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
        #expect(state.roles?.draft == nil)
        #expect(lab.gateway.writtenEvents.last == "UpdateAssumeRolePolicy")
        #expect(state.screenText.contains("user/alice"))
    }

    @Test("an editor that fails keeps the draft; Esc discards it and nothing is saved")
    func editorFailure() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .right)
        guard case .editFile(let path, _)? = state.press(.character("e")).first else { return }
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 1)))
        #expect(state.roles?.draft != nil)
        state.press(.escape)
        #expect(state.roles?.draft == nil)
        #expect(lab.gateway.writtenEvents.isEmpty)
    }

    @Test("deleting needs the role's name typed, and is refused with AWS's reason while a policy is attached")
    func deleteRefused() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.character("D"))
        state.type("wrong")
        state.press(.enter)
        #expect(state.roles?.message?.text == "Type the role name UpdateApp exactly to delete it.")
        for _ in 0..<5 { state.press(.backspace) }
        state.type("UpdateApp")
        state.press(.enter)
        #expect(state.roles?.message?.text == "DeleteConflict: Cannot delete entity, must detach all policies first.")
        #expect(lab.storedRole() != nil)
    }

    @Test("once its policies are detached, the role is deleted")
    func deleteAllowed() throws {
        let lab = try RolesTestLab(attachPolicy: false)
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .character("D"))
        state.type("UpdateApp")
        state.press(.enter)
        #expect(lab.storedRole() == nil)
        #expect(state.roles?.detail == nil)
        #expect(state.roles?.message?.text == "Role UpdateApp deleted.")
        #expect(lab.gateway.writtenEvents == ["DeleteRole"])
    }
}

@Suite("Roles page: editing inline policies and hostile data")
struct RolesInlineEditTests {
    @Test("e on an inline policy reopens it in $EDITOR and saves the change with PutRolePolicy")
    func editInline() throws {
        let lab = try RolesTestLab(attachPolicy: false)
        let service = lab.service
        try lab.gateway.externalChange { repo in
            try service.putRolePolicy(roleName: RolesTestLab.roleName, policyName: "Lister",
                                      policyDocument: DemoLab.bucketPolicyDocument,
                                      caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        var state = lab.state(lab.rolesPage())
        state.press(.enter)
        guard case .editFile(let path, _)? = state.press(.character("e")).first else {
            Issue.record("expected the editor to open")
            return
        }
        #expect(lab.drafts.files[path]?.contains("\"Action\": \"s3:ListBucket\"") == true)
        lab.drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#)
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .roles, result: .editorFinished(path: path, status: 0)))
        #expect(lab.storedRole()?.inlinePolicies.first?.document.contains("s3:GetObject") == true)
        #expect(lab.gateway.writtenEvents.last == "PutRolePolicy")
    }

    @Test("a description with terminal escapes (a hand-edited store; IAM itself refuses them) is shown escaped")
    func hostileDescription() throws {
        let lab = try RolesTestLab()
        var role = try #require(lab.storedRole())
        role.description = "evil \u{1b}]0;pwned\u{07} \u{202e}txt"
        try lab.gateway.externalChange { repo in try repo.put(role) }
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .left)
        let text = state.screenText
        #expect(text.contains("evil \\x1b]0;pwned\\x07 \\u202etxt"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x202e })
    }
}
