@testable import ConsoleUI
import IAMKit
import IAMPolicy
import Testing

/// Name and description rules, Create role through the lab, and the after-create offers.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
@Suite("Create role wizard: naming, creating, granting")
struct CreateRoleCreateTests {
    /// A harness on step 3 (trust and the seed's policy done).
    func onDetails() throws -> WizardHarness {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter, .enter)
        return wizard
    }

    @Test("Step 3: a name is required; its characters and length are CreateRole's", arguments: [
        ("", "enter a role name", nil),
        ("has space", "fix the role name", "satisfy regular expression pattern: [\\w+=,.@-]+"),
        (String(repeating: "a", count: 65), "fix the role name", "have length less than or equal to 64"),
        ("Update_App+=,.@-1", nil, nil),
    ] as [(String, String?, String?)])
    func roleNameRules(name: String, blocked: String?, error: String?) throws {
        var wizard = try onDetails()
        #expect(wizard.state.step == .details)
        #expect(wizard.state.focus == .roleName)
        wizard.type(name)
        #expect(wizard.state.nextBlockedReason == blocked)
        if let error { #expect(wizard.state.roleNameError?.contains(error) == true) } else { #expect(wizard.state.roleNameError == nil) }
    }

    @Test("A name taken in any case is refused next to the field in AWS's words")
    func nameTakenRegardlessOfCase() throws {
        var wizard = try onDetails()
        _ = try wizard.gateway.write(eventName: "CreateRole") { repo in
            try RoleCreationPlan(trustedAccountID: "123456789012", roleName: "UpdateApp")
                .create(using: wizard.gateway.service, caller: .root(accountID: DemoLab.productionAccountID), in: &repo)
        }
        wizard.type("UPDATEAPP")
        #expect(wizard.state.roleNameError == "Role with name UPDATEAPP already exists.")
        #expect(wizard.screen.contains("Role with name UPDATEAPP already exists."))
        #expect(wizard.state.nextBlockedReason == "fix the role name")
    }

    @Test("Description, path and maximum session duration follow CreateRole's rules", arguments: [
        (CreateRoleField.roleDescription, "emoji 🔐", "at 'description'"),
        (.path, "division", "at 'path'"),
        (.maxSessionDuration, "100", "have value greater than or equal to 3600"),
        (.maxSessionDuration, "43201", "have value less than or equal to 43200"),
        (.maxSessionDuration, "1h", "whole number of seconds"),
        (.tags, "team=ops, TEAM=dev", "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
        (.tags, "bad!key=1", "at 'tags.1.member.key'"),
    ])
    func optionalFieldRules(field: CreateRoleField, value: String, expected: String) throws {
        var wizard = try onDetails()
        wizard.type("UpdateApp")
        while wizard.state.focus != field { wizard.press(.tab) }
        wizard.type(value)
        #expect(wizard.state.error(for: field)?.contains(expected) == true)
        #expect(wizard.state.nextBlockedReason != nil)
    }

    @Test("Create role writes CreateRole through the lab: the seed's trust policy and the chosen policy are there")
    func createsTheSeedRole() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        #expect(wizard.state.step == .review)
        wizard.press(.enter)
        #expect(wizard.state.step == .created, "\(String(describing: wizard.state.createError))")
        #expect(wizard.gateway.writtenEvents == ["CreateRole"])
        let role = try wizard.gateway.read { repo in
            try wizard.gateway.service.getRole(roleName: "UpdateApp", caller: .root(accountID: DemoLab.productionAccountID), in: repo)
        }
        let seed: JSONValue = ["Version": "2012-10-17", "Statement": [[
            "Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::123456789012:root"], "Action": "sts:AssumeRole",
            "Condition": ["Bool": ["aws:MultiFactorAuthPresent": "true"]]]]]
        #expect(try JSONParser.parse(role.assumeRolePolicyDocument) == seed)
        #expect(role.description == "Lets developers update the production app")
        #expect(role.attachedPolicies.map(\.policyName) == ["PolicyForRole"])
        #expect(!wizard.app.hasUnsavedInput)
    }

    @Test("Tags typed as key=value pairs reach the created role")
    func tagsReachTheRole() throws {
        var wizard = try onDetails()
        wizard.type("UpdateApp")
        while wizard.state.focus != .tags { wizard.press(.tab) }
        wizard.type("team = ops, project=seed:1/a, empty")
        #expect(wizard.state.parsedTags == [Tag(key: "team", value: "ops"), Tag(key: "project", value: "seed:1/a"), Tag(key: "empty", value: "")])
        wizard.press(.enter, .enter)
        let role = try wizard.gateway.read { repo in
            try wizard.gateway.service.getRole(roleName: "UpdateApp", caller: .root(accountID: DemoLab.productionAccountID), in: repo)
        }
        #expect(role.tags == wizard.state.created?.plan.tags)
        #expect(role.tags.count == 3)
    }

    @Test("A name taken after the check (another session) comes back from CreateRole next to the field; nothing is written")
    func createFailsWithAWSMessage() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        try wizard.gateway.externalChange { lab in
            _ = try RoleCreationPlan(trustedAccountID: "123456789012", roleName: "updateapp")
                .create(using: wizard.gateway.service, caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        }
        wizard.press(.enter)
        #expect(wizard.state.step == .review)
        #expect(wizard.state.createError == .init(field: .roleName, message: "Role with name UpdateApp already exists."))
        #expect(wizard.screen.contains("Role with name UpdateApp already exists."))
        #expect(wizard.gateway.writtenEvents.isEmpty)
    }

    @Test("Review shows the trust policy as stored and the equivalent CLI commands")
    func reviewShowsCLI() throws {
        var wizard = try WizardHarness(size: Size(width: 120, height: 40))
        wizard.walkSeedToReview()
        let commands = wizard.state.plan.shellCommands
        #expect(commands.count == 2)
        #expect(commands[0].hasPrefix("rolecall iam create-role --role-name UpdateApp \\\n    --assume-role-policy-document '{\n    \"Version\": "))
        #expect(commands[0].hasSuffix("\n}' \\\n    --description 'Lets developers update the production app'"))
        #expect(commands[1] == "rolecall iam attach-role-policy --role-name UpdateApp \\\n    --policy-arn arn:aws:iam::111122223333:policy/PolicyForRole")
        #expect(wizard.screen.contains("Equivalent CLI commands"))
        #expect(wizard.screen.contains("\"aws:MultiFactorAuthPresent\": \"true\""))
    }

    @Test("After Create: granting the Developers group attaches a policy allowing sts:AssumeRole on the role")
    func grantGroup() throws {
        var wizard = try WizardHarness()
        wizard.createSeedRole()
        #expect(wizard.state.offers.first == .grant(.user("alice")))
        while wizard.state.highlightedOffer != .grant(.group("Developers")) { wizard.press(.down) }
        wizard.press(.enter)
        #expect(wizard.state.offerOutcome?.succeeded == true, "\(String(describing: wizard.state.offerOutcome))")
        let dev = Caller.root(accountID: DemoLab.developmentAccountID)
        let attached = try wizard.gateway.read { repo in
            try wizard.gateway.service.listAttachedGroupPolicies(groupName: "Developers", caller: dev, in: repo).items.map(\.policyName)
        }
        #expect(attached == ["AllowAssumeRole-UpdateApp"])
        let grant = try #require(wizard.state.grant)
        let policy = try JSONParser.parse(grant.policyDocument)
        #expect(policy["Statement"]?[0]?["Resource"]?.stringValue == "arn:aws:iam::111122223333:role/UpdateApp")
        #expect(policy["Statement"]?[0]?["Action"]?.stringValue == "sts:AssumeRole")
        #expect(wizard.gateway.writtenEvents == ["CreateRole", "AttachGroupPolicy"])
    }

    /// Signs the console in as bob of development, an IAM user (who, unlike root, may try a switch).
    static func signInAsBob(_ gateway: InMemoryLabGateway) throws {
        try gateway.externalChange { lab in
            _ = try gateway.service.consoleSignIn(account: DemoLab.developmentAccountID, userName: "bob", password: "Bob-Console-2026", in: &lab)
        }
    }

    @Test("Try it opens Switch Role with the role to prefill; a role requiring an external ID cannot be tried")
    func tryIt() throws {
        var wizard = try WizardHarness()
        wizard.createSeedRole()
        wizard.press(.enter)  // grant alice
        try Self.signInAsBob(wizard.gateway)  // an IAM user may switch (root goes to Sign in first: WrongMessageTests)
        while wizard.state.highlightedOffer != .tryIt { wizard.press(.down) }
        #expect(wizard.state.title(of: .tryIt) == "Try it: Switch Role as alice")
        var page = wizard.page
        let result = page.handle(.createRoleNext, body: Rect(row: 1, col: 0, width: 80, height: 22), in: wizard.app.environment)
        let request = SwitchRoleRequest(account: "111122223333", role: "UpdateApp", userName: "alice")
        #expect(result == [.deliver(.switchRolePrefill(request), to: .switchRole), .openPage(.switchRole)])
        #expect(page.switchRoleRequest == request)
        #expect(page.switchRoleRequest?.link == "https://signin.aws.amazon.com/switchrole?account=111122223333&roleName=UpdateApp&displayName=UpdateApp%20%40%20111122223333")
    }

    @Test("Try it lands on Switch Role with account, role and display name filled in, and says who must sign in")
    func tryItFillsTheSwitchRoleForm() throws {
        var wizard = try WizardHarness()
        wizard.app.pages.append(SwitchRolePage(wizard.gateway.console()))
        wizard.createSeedRole()
        wizard.press(.enter)  // grant alice
        try Self.signInAsBob(wizard.gateway)
        while wizard.state.highlightedOffer != .tryIt { wizard.press(.down) }
        wizard.press(.enter)
        #expect(wizard.app.activePage?.id == .switchRole)
        let screen = wizard.frame.lines.joined(separator: "\n")
        #expect(screen.contains("111122223333"))
        #expect(screen.contains("UpdateApp @ 111122223333"))
        #expect(screen.contains("Sign in as alice first"))
    }

    @Test("Trusting an account the lab does not hold: no grant offers, the policy JSON for its administrator instead")
    func trustedAccountNotInLab() throws {
        var wizard = try WizardHarness()
        wizard.press(.tab)
        wizard.type("444455556666")
        wizard.press(.tab, .tab, .character(" "), .enter, .enter)
        wizard.type("VendorAudit")
        wizard.press(.enter, .enter)
        #expect(wizard.state.step == .created)
        #expect(wizard.state.offers == [.showPolicy, .tryIt, .createAnother])
        #expect(wizard.screen.contains("Account 444455556666 is not in this lab"))
        wizard.press(.enter)
        #expect(wizard.state.showsGrantPolicy)
        #expect(wizard.screen.contains("\"Resource\": \"arn:aws:iam::111122223333:role/VendorAudit\""))
    }

    @Test("The review scrolls no further than its last line")
    func reviewScrollIsBounded() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        for _ in 0..<10 { wizard.press(.pageDown) }
        let bottom = wizard.state.reviewScroll
        #expect(bottom > 0)
        #expect(wizard.screen.contains("--policy-arn arn:aws:iam::111122223333:policy/PolicyForRole"))
        #expect(wizard.screen.contains("rolecall iam attach-role-policy --role-name UpdateApp \\"))
        wizard.press(.down)
        #expect(wizard.state.reviewScroll == bottom)
        wizard.press(.up)
        #expect(wizard.state.reviewScroll == bottom - 1)
    }
}
