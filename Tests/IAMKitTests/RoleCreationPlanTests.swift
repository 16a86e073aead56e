import IAMKit
import IAMPolicy
import Testing

/// The console wizard's model: the trust policy the AWS console generates, the CLI path to
/// the same role, the identity policy that completes delegation, and the Switch Role link.
/// Sources: iam-semantics.md §5.4; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
@Suite("RoleCreationPlan, AssumeRoleGrant, SwitchRoleRequest")
struct RoleCreationPlanTests {
    let service = IAMService(clock: FixedClock(Timestamp(iso8601: "2026-11-29T08:00:00Z") ?? Timestamp(secondsSince1970: 0)),
                             ids: SeededIDGenerator(seed: 1), passwordRounds: 1_000)

    /// A demo lab.
    func lab() throws -> InMemoryLab {
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        return lab
    }

    @Test("Conditions as the console writes them: none (an empty block), MFA, external ID, both in one block", arguments: [
        (nil, false, "{}"),
        (nil, true, #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#),
        ("x-1", false, #"{"StringEquals":{"sts:ExternalId":"x-1"}}"#),
        ("x-1", true, #"{"StringEquals":{"sts:ExternalId":"x-1"},"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#),
    ] as [(String?, Bool, String)])
    func conditions(externalID: String?, mfa: Bool, expected: String) throws {
        let plan = RoleCreationPlan(trustedAccountID: "123456789012", externalID: externalID, requiresMFA: mfa, roleName: "R")
        let condition = try #require(plan.trustPolicy["Statement"]?[0]?["Condition"])
        #expect(JSONWriter.string(for: condition, style: .compact) == expected)
        #expect(plan.trustPolicy["Statement"]?[0]?["Principal"]?["AWS"]?.stringValue == "arn:aws:iam::123456789012:root")
        #expect(plan.trustPolicyDocument.hasPrefix("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n"))
    }

    @Test("Every generated trust policy is accepted by CreateRole and stored verbatim", arguments: [(nil, false), ("ext-id-7f3a", true)] as [(String?, Bool)])
    func createdAsGenerated(externalID: String?, mfa: Bool) throws {
        var lab = try lab()
        let plan = RoleCreationPlan(trustedAccountID: "123456789012", externalID: externalID, requiresMFA: mfa, roleName: "UpdateApp",
                                    policyARNs: ["arn:aws:iam::111122223333:policy/PolicyForRole"])
        let role = try plan.create(using: service, caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        #expect(role.assumeRolePolicyDocument == plan.trustPolicyDocument)
        #expect(role.arn == plan.roleARN(in: DemoLab.productionAccountID))
        let stored = try service.getRole(roleName: "UpdateApp", caller: .root(accountID: DemoLab.productionAccountID), in: lab)
        #expect(stored.attachedPolicies.map(\.policyName) == ["PolicyForRole"])
    }

    @Test("A failing attach leaves the error in AWS's words (the console's write then keeps nothing)")
    func attachFailure() throws {
        var lab = try lab()
        let plan = RoleCreationPlan(trustedAccountID: "123456789012", roleName: "R",
                                    policyARNs: ["arn:aws:iam::111122223333:policy/Missing"])
        #expect(throws: ServiceError.self) {
            try plan.create(using: service, caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        }
    }

    @Test("CLI arguments carry every choice; defaults are left out")
    func cliArguments() {
        let plain = RoleCreationPlan(trustedAccountID: "123456789012", requiresMFA: true, roleName: "UpdateApp")
        #expect(plain.cliArguments == [["iam", "create-role", "--role-name", "UpdateApp", "--assume-role-policy-document",
                                        plain.trustPolicyDocument]])
        #expect(plain.shellCommands == ["rolecall iam create-role --role-name UpdateApp \\\n    --assume-role-policy-document '"
                                        + plain.trustPolicyDocument + "'"])
        let full = RoleCreationPlan(trustedAccountID: "123456789012", roleName: "R", description: "d", path: "/a/",
                                    maxSessionDuration: 7200, policyARNs: ["arn:p1"], permissionsBoundaryARN: "arn:b",
                                    tags: [Tag(key: "team", value: "ops dev"), Tag(key: "k", value: "")])
        #expect(full.cliArguments[0].suffix(11) == ["--path", "/a/", "--description", "d", "--max-session-duration", "7200",
                                                    "--permissions-boundary", "arn:b", "--tags", "Key=team,Value=ops dev", "Key=k,Value="])
        #expect(full.shellCommands[0].hasSuffix("\\\n    --tags 'Key=team,Value=ops dev' Key=k,Value="))
        #expect(full.cliArguments[1] == ["iam", "attach-role-policy", "--role-name", "R", "--policy-arn", "arn:p1"])
    }

    @Test("Shell quoting: safe words bare, others single-quoted with ' as '\\''", arguments: [
        ("UpdateApp", "UpdateApp"), ("arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess"),
        ("two words", "'two words'"), ("it's", #"'it'\''s'"#), ("", "''"), (#"{"a":1}"#, #"'{"a":1}'"#),
    ])
    func shellQuoting(word: String, quoted: String) {
        #expect(RoleCreationPlan.shellQuoted(word) == quoted)
    }

    @Test("The grant: AllowAssumeRole-<role> allowing sts:AssumeRole on the role ARN, attached in the trusted account; a second grant reuses it")
    func grant() throws {
        var lab = try lab()
        let grant = AssumeRoleGrant(roleARN: "arn:aws:iam::111122223333:role/UpdateApp", roleName: "UpdateApp",
                                    trustedAccountID: DemoLab.developmentAccountID)
        #expect(grant.policyARN == "arn:aws:iam::123456789012:policy/AllowAssumeRole-UpdateApp")
        #expect(JSONWriter.string(for: grant.policy, style: .compact)
            == #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/UpdateApp"}]}"#)
        try grant.apply(to: .user("alice"), using: service, in: &lab)
        try grant.apply(to: .group("Developers"), using: service, in: &lab)
        let dev = Caller.root(accountID: DemoLab.developmentAccountID)
        let alice = try service.listAttachedUserPolicies(userName: "alice", caller: dev, in: lab).items.map(\.policyARN)
        let group = try service.listAttachedGroupPolicies(groupName: "Developers", caller: dev, in: lab).items.map(\.policyARN)
        #expect(alice == [grant.policyARN])
        #expect(group == [grant.policyARN])
        #expect(throws: ServiceError.self) { try grant.apply(to: .user("nobody"), using: service, in: &lab) }
    }

    @Test("The Switch Role request suggests the console's display name and builds its link")
    func switchRoleRequest() {
        let request = SwitchRoleRequest(account: "111122223333", role: "apps/UpdateApp", userName: "alice")
        #expect(request.displayName == "UpdateApp @ 111122223333")
        #expect(request.link == "https://signin.aws.amazon.com/switchrole?account=111122223333&roleName=apps%2FUpdateApp&displayName=UpdateApp%20%40%20111122223333")
    }
}
