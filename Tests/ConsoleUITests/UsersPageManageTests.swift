@testable import ConsoleUI
import IAMKit
import Testing

/// The Users page's second half of delegation and its removals: inline policies written in
/// `$EDITOR` from the guide's "allow sts:AssumeRole on the role's ARN", the engine's located
/// errors with the draft kept, and detach / delete / remove / DeleteUser behind a confirmation,
/// refused in AWS's words (DeleteConflict, AccessDenied).
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
@Suite struct UsersPageManageTests {
    typealias Fixture = UsersPageTests

    /// Presses Enter and returns the effects (the editor request).
    static func enter(_ state: inout AppState) -> [Effect] {
        ConsoleShell.reduce(&state, .keyPressed(.enter))
    }

    /// The editor exits with `status` on `path`.
    static func editorExits(_ state: inout AppState, path: String, status: Int32 = 0) {
        _ = ConsoleShell.reduce(&state, .effectFinished(page: .users, result: .editorFinished(path: path, status: status)))
    }

    /// The path of the single draft an effect list asks the editor to open.
    static func draftPath(_ effects: [Effect]) throws -> String {
        guard case .editFile(let path, let page) = try #require(effects.first), page == .users else {
            Issue.record("no editor effect in \(effects)")
            return ""
        }
        return path
    }

    @Test func theInlinePolicyStartsFromTheGuidesAssumeRolePolicyAndSavesThroughPutUserPolicy() throws {
        let drafts = InMemoryDraftStore()
        var (state, gateway) = try Fixture.state(drafts: drafts)
        IdentityLab.press(.down, in: &state)  // bob
        IdentityLab.type("i", into: &state)
        #expect(try Fixture.page(state).form[1] == IdentityLab.roleARN)
        let path = try Self.draftPath(Self.enter(&state))
        let grant = AssumeRoleGrant(roleARN: IdentityLab.roleARN, roleName: IdentityLab.roleName, trustedAccountID: DemoLab.developmentAccountID)
        #expect(drafts.files[path] == grant.policyDocument + "\n")
        #expect(gateway.writtenEvents.isEmpty)
        Self.editorExits(&state, path: path)
        let bob = try Fixture.user(gateway, "bob")
        #expect(bob.inlinePolicies.map(\.name) == ["AllowAssumeRole-Test-UserAccess-Role"])
        #expect(gateway.writtenEvents == ["PutUserPolicy"])
        #expect(try Fixture.page(state).message.first?.text == "Saved inline policy AllowAssumeRole-Test-UserAccess-Role of user bob.")
        #expect(try Fixture.page(state).draft == nil && drafts.files.isEmpty)
        // The engine now lets bob call sts:AssumeRole on the role (the trust needs MFA on top).
        let decision = try gateway.read { repo in
            try gateway.service.decision(for: .user(DemoLab.developmentAccountID, "bob"), action: "sts:AssumeRole",
                                         resource: IdentityLab.roleARN, in: repo)
        }
        #expect(decision.isAllowed)
    }

    @Test func aRejectedDraftShowsTheEnginesLocatedErrorAndKeepsTheText() throws {
        let drafts = InMemoryDraftStore()
        var (state, gateway) = try Fixture.state(drafts: drafts)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("i", into: &state)
        IdentityLab.type("Broken", into: &state)
        let path = try Self.draftPath(Self.enter(&state))
        let broken = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"sts:AssumeRole\"}\n  ]\n}\n"
        drafts.edit(path, to: broken)
        Self.editorExits(&state, path: path)
        let problem = try #require(try Fixture.page(state).draft?.problem)
        #expect(problem.message.hasPrefix("MalformedPolicyDocument: "))
        #expect(problem.line == 4)
        #expect(gateway.writtenEvents.isEmpty)
        #expect(IdentityLab.screen(state).contains("line 4, column"))
        // `e` goes back to the same draft; the typed text is still there.
        #expect(ConsoleShell.reduce(&state, .keyPressed(.character("e"))) == [.editFile(path: path, page: .users)])
        #expect(drafts.files[path] == broken)
        drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(IdentityLab.roleARN)"}}"#)
        Self.editorExits(&state, path: path)
        #expect(try Fixture.user(gateway, "bob").inlinePolicies.map(\.name) == ["Broken"])
    }

    @Test func guidedModeExplainsGrantingPermissionToSwitchWhileWritingTheInlinePolicy() throws {
        var (state, _) = try Fixture.state()
        #expect(try Fixture.page(state).guideTopic == ConceptCatalog.topic(for: .users))
        IdentityLab.type("i", into: &state)
        #expect(try Fixture.page(state).guideTopic == .grantingPermissionToSwitch)
        _ = Self.enter(&state)
        #expect(try Fixture.page(state).guideTopic == .grantingPermissionToSwitch)
    }

    @Test func escDiscardsTheDraftAndAFailedEditorKeepsIt() throws {
        let drafts = InMemoryDraftStore()
        var (state, gateway) = try Fixture.state(drafts: drafts)
        IdentityLab.type("i", into: &state)
        let path = try Self.draftPath(Self.enter(&state))
        Self.editorExits(&state, path: path, status: 1)
        #expect(try Fixture.page(state).draft != nil)
        #expect(try Fixture.page(state).message.first?.text.hasPrefix("The editor exited with status 1") == true)
        #expect(state.hasUnsavedInput)
        IdentityLab.press(.escape, in: &state)
        #expect(try Fixture.page(state).draft == nil && drafts.files.isEmpty)
        #expect(gateway.writtenEvents.isEmpty)
    }

    @Test func groupsGetInlinePoliciesAndLoseMembersTheSameWay() throws {
        let drafts = InMemoryDraftStore()
        var (state, gateway) = try Fixture.state(drafts: drafts)
        IdentityLab.press(.end, in: &state)  // Developers
        IdentityLab.type("i", into: &state)
        let path = try Self.draftPath(Self.enter(&state))
        Self.editorExits(&state, path: path)
        _ = Self.enter(&state)  // open Developers: its inline policy, then alice and bob
        #expect(try Fixture.page(state).selectedItems == [.inlinePolicy("AllowAssumeRole-Test-UserAccess-Role"), .member("alice"), .member("bob")])
        IdentityLab.press(.end, in: &state)
        IdentityLab.type("x", into: &state)
        IdentityLab.type("y", into: &state)
        #expect(gateway.writtenEvents == ["PutGroupPolicy", "RemoveUserFromGroup"])
        #expect(try Fixture.user(gateway, "bob").groupNames.isEmpty)
        #expect(try Fixture.page(state).message.first?.text == "Removed bob from group Developers.")
    }

    @Test func eEditsAnExistingInlinePolicyPrettyPrinted() throws {
        let drafts = InMemoryDraftStore()
        var (state, gateway) = try Fixture.state(drafts: drafts)
        _ = Self.enter(&state)  // open alice: her inline AssumeTestRole comes first
        #expect(try Fixture.page(state).selectedItem == .inlinePolicy("AssumeTestRole"))
        let path = try Self.draftPath(ConsoleShell.reduce(&state, .keyPressed(.character("e"))))
        #expect(drafts.files[path]?.contains("\n    \"Version\": \"2012-10-17\",") == true)
        drafts.edit(path, to: #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Other"}}"#)
        Self.editorExits(&state, path: path)
        let policy = try gateway.read { repo in
            try gateway.service.getUserPolicy(userName: "alice", policyName: "AssumeTestRole", caller: .root(accountID: DemoLab.developmentAccountID), in: repo)
        }
        #expect(policy.document.contains("role/Other"))
    }

    @Test("x removes the selected item after y, with the operation AWS uses", arguments: [
        (0, "DeleteUserPolicy", "Deleted inline policy AssumeTestRole of user alice."),
        (1, "RemoveUserFromGroup", "Removed alice from group Developers."),
        (2, "DeleteLoginProfile", "Deleted the console password of alice."),
        (3, "DeactivateMFADevice", "Removed MFA device arn:aws:iam::123456789012:mfa/alice from alice."),
    ])
    func removals(index: Int, event: String, outcome: String) throws {
        var (state, gateway) = try Fixture.state()
        _ = Self.enter(&state)
        for _ in 0..<index { IdentityLab.press(.down, in: &state) }
        IdentityLab.type("x", into: &state)
        #expect(state.confirmation != nil)
        IdentityLab.type("y", into: &state)
        #expect(gateway.writtenEvents == [event])
        #expect(try Fixture.page(state).message.first?.text == outcome)
        #expect(try Fixture.page(state).selectedItems.count == 3)
        let alice = try Fixture.user(gateway, "alice")
        #expect(alice.inlinePolicies.count + alice.groupNames.count == (index >= 2 ? 2 : 1))
        #expect((alice.loginProfile == nil) == (index == 2))
    }

    @Test func detachingAManagedPolicyAsksFirstAndNoKeepsIt() throws {
        var (state, gateway) = try Fixture.state()
        try gateway.externalChange { lab in
            try gateway.service.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
                                                 caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        IdentityLab.type("r", into: &state)
        IdentityLab.press(.down, in: &state)
        _ = Self.enter(&state)
        IdentityLab.type("x", into: &state)
        #expect(IdentityLab.screen(state).contains("Detach arn:aws:iam::aws:policy/ReadOnlyAccess from user bob?"))
        IdentityLab.type("n", into: &state)
        #expect(state.confirmation == nil)
        #expect(gateway.writtenEvents.isEmpty)
        IdentityLab.type("x", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(gateway.writtenEvents == ["DetachUserPolicy"])
        #expect(try Fixture.user(gateway, "bob").attachedPolicies.isEmpty)
    }

    /// DeleteUser refuses while the user holds anything, in IAMKit's order, with AWS's texts
    /// (the API reference's DeleteConflict; texts as AWS returns them, e.g.
    /// rebuy-de/aws-nuke#281, mozilla-services/userplex#17).
    @Test("D then y: DeleteUser's DeleteConflict in AWS's words", arguments: [
        ("attached", "DeleteConflict: Cannot delete entity, must detach all policies first."),
        ("inline", "DeleteConflict: Cannot delete entity, must delete policies first."),
        ("group", "DeleteConflict: Cannot delete entity, must remove users from group first."),
        ("key", "DeleteConflict: Cannot delete entity, must delete access keys first."),
        ("mfa", "DeleteConflict: Cannot delete entity, must delete MFA device first."),
    ])
    func deleteUserConflicts(holding: String, message: String) throws {
        var (state, gateway) = try Fixture.state()
        let root = Caller.root(accountID: DemoLab.developmentAccountID)
        try gateway.externalChange { lab in
            let service = gateway.service
            _ = try service.createUser(userName: "carol", caller: root, in: &lab)
            switch holding {
            case "attached": try service.attachUserPolicy(userName: "carol", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: root, in: &lab)
            case "inline":
                try service.putUserPolicy(userName: "carol", policyName: "P", policyDocument: AssumeRoleGrant(
                    roleARN: IdentityLab.roleARN, roleName: IdentityLab.roleName, trustedAccountID: root.accountID).policyDocument, caller: root, in: &lab)
            case "group": try service.addUserToGroup(groupName: "Developers", userName: "carol", caller: root, in: &lab)
            case "key": _ = try service.createAccessKey(userName: "carol", caller: root, in: &lab)
            default:
                let secret = try service.createVirtualMFADevice(virtualMFADeviceName: "carol", caller: root, in: &lab)
                let totp = TOTP(secret: try #require(Base32.decode(secret.base32StringSeed)))
                let step = totp.step(at: IdentityLab.now)
                try service.enableMFADevice(userName: "carol", serialNumber: secret.serialNumber, authenticationCode1: totp.code(counter: step - 1),
                                            authenticationCode2: totp.code(counter: step), caller: root, in: &lab)
            }
        }
        IdentityLab.type("r", into: &state)
        IdentityLab.press(.down, .down, in: &state)
        #expect(try Fixture.page(state).selectedRow?.name == "carol")
        IdentityLab.type("D", into: &state)
        IdentityLab.type("y", into: &state)
        #expect(try Fixture.page(state).message.first?.text == message)
        #expect(gateway.writtenEvents.isEmpty)
        // Remove what it holds from the opened user, then DeleteUser succeeds.
        _ = Self.enter(&state)
        IdentityLab.type("x", into: &state)
        IdentityLab.type("y", into: &state)
        IdentityLab.type("D", into: &state)
        IdentityLab.type("y", into: &state)
        #expect(try Fixture.page(state).message.first?.text == "Deleted user carol.")
        #expect(try gateway.lab.record(User.self, at: User.key(DemoLab.developmentAccountID, "carol")) == nil)
    }

    @Test func capitalXDeletesEverythingItHoldsOneCallEachAfterListingIt() throws {
        var (state, gateway) = try Fixture.state()
        IdentityLab.type("X", into: &state)
        #expect(IdentityLab.screen(state).contains("Delete user alice and all it holds?"))
        #expect(state.confirmation?.question == "Delete user alice after removing, one IAM call each: "
            + "Inline policy AssumeTestRole; Group Developers; Console password login profile; MFA device arn:aws:iam::123456789012:mfa/alice. "
            + "If IAM refuses a call, the ones before it stay done.")
        IdentityLab.type("n", into: &state)
        #expect(gateway.writtenEvents.isEmpty)
        IdentityLab.type("X", into: &state)
        IdentityLab.type("y", into: &state)
        #expect(gateway.writtenEvents == ["DeleteUserPolicy", "RemoveUserFromGroup", "DeleteLoginProfile", "DeactivateMFADevice", "DeleteUser"])
        #expect(try Fixture.page(state).message.first?.text == "Deleted user alice and the 4 things it held (5 IAM calls).")
        #expect(try gateway.lab.record(User.self, at: User.key(DemoLab.developmentAccountID, "alice")) == nil)
        #expect(try Fixture.page(state).rows.map(\.name) == ["bob", "Developers"])
    }

    @Test func deleteAllStopsAtTheFirstRefusalAndSaysHowFarItGot() throws {
        var (state, gateway) = try Fixture.state()
        try IdentityLab.signIn(gateway, as: "alice")
        IdentityLab.press(.down, in: &state)  // bob: one group membership and a console password
        IdentityLab.type("X", into: &state)
        IdentityLab.type("y", into: &state)
        let message = try Fixture.page(state).message.map(\.text)
        #expect(message.first == "Stopped after 0 of 3 calls; IAM refused RemoveUserFromGroup:")
        #expect(message.dropFirst().first?.hasPrefix("AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:RemoveUserFromGroup") == true,
                "\(message)")
        #expect(gateway.writtenEvents.isEmpty)
    }

    @Test func aCallerWithoutIAMDeleteUserIsRefusedInAWSsWords() throws {
        var (state, gateway) = try Fixture.state()
        // alice signs in elsewhere (with MFA) and switches to the seed's role: the console now
        // acts as that role session, whose PolicyForRole does not allow iam:DeleteUser.
        try IdentityLab.signIn(gateway, as: "alice")
        try gateway.externalChange { lab in
            guard var console = try lab.record(ConsoleSession.self, at: ConsoleSession.key("default")) else { return }
            try gateway.service.switchRole(&console, account: "production", role: IdentityLab.roleName, color: .green, in: &lab)
        }
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("D", into: &state)
        IdentityLab.type("y", into: &state)
        let text = try #require(try Fixture.page(state).message.first?.text)
        #expect(text.hasPrefix("AccessDenied: User: arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/"), "\(text)")
        #expect(text.contains("is not authorized to perform: iam:DeleteUser"), "\(text)")
        #expect(gateway.writtenEvents.isEmpty)
    }

    @Test func keysNeedAnOpenedUserAndSayWhy() throws {
        var (state, _) = try Fixture.state()
        IdentityLab.type("x", into: &state)
        #expect(state.refusal == "Remove is unavailable: open a user or group first (Enter)")
        IdentityLab.type("e", into: &state)
        #expect(state.refusal == "Edit is unavailable: open a user or group first (Enter)")
        _ = Self.enter(&state)
        IdentityLab.press(.down, in: &state)  // Developers, a group: not an inline policy
        IdentityLab.type("e", into: &state)
        #expect(state.refusal == "Edit is unavailable: select an inline policy or a tag")
    }

    @Test func snapshots() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let suffix = "\(size.width)x\(size.height)"
            var (opened, _) = try Fixture.state(size: size)
            _ = Self.enter(&opened)
            assertScreen(ConsoleShell.render(opened, size: size), named: "opened-\(suffix)")
            IdentityLab.press(.down, in: &opened)
            IdentityLab.type("x", into: &opened)
            assertScreen(ConsoleShell.render(opened, size: size), named: "confirm-\(suffix)")
            var (inline, _) = try Fixture.state(size: size)
            IdentityLab.type("i", into: &inline)
            assertScreen(ConsoleShell.render(inline, size: size), named: "inline-form-\(suffix)")
            let drafts = InMemoryDraftStore()
            var (draft, _) = try Fixture.state(size: size, drafts: drafts)
            IdentityLab.type("i", into: &draft)
            let path = try Self.draftPath(Self.enter(&draft))
            drafts.edit(path, to: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\"}\n  ]\n}\n")
            Self.editorExits(&draft, path: path)
            assertScreen(ConsoleShell.render(draft, size: size), named: "draft-problem-\(suffix)")
        }
    }
}
