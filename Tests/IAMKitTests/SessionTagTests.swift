import IAMPolicy
import Testing
@testable import IAMKit

/// Session tags of AssumeRole: validation, the `sts:TagSession` permission, principal tags of
/// the session (overriding the role's), transitive tags through role chaining, PackedPolicySize.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
@Suite struct SessionTagTests {
    static let roleARN = "arn:aws:iam::111111111111:role/Target"
    static let aliceARN = "arn:aws:iam::123456789012:user/alice"

    /// A trust policy whose one statement allows `actions` to `principal`.
    static func trust(_ principal: String, _ actions: [String], condition: String? = nil) -> String {
        let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
        let conditionText = condition.map { #","Condition":\#($0)"# } ?? ""
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"Action":[\#(list)]\#(conditionText)}]}"#
    }

    /// An identity policy allowing `actions` on every resource.
    static func allow(_ actions: [String]) -> String {
        let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\#(list)],"Resource":"*"}]}"#
    }

    static let blue: [IAMKit.Tag] = [Tag(key: "team", value: "blue")]

    // MARK: Parameter validation

    struct ValidationCase: Sendable, CustomTestStringConvertible {
        var name: String
        var tags: [IAMKit.Tag]
        var transitive: [String] = []
        var code: String
        var message: String
        var testDescription: String { name }
    }

    static let longKey = String(repeating: "k", count: 129)
    static let longValue = String(repeating: "v", count: 257)

    static let validationCases: [ValidationCase] = [
        ValidationCase(name: "51 tags", tags: (1...51).map { Tag(key: "k\($0)", value: "v") }, code: "ValidationError",
                       message: "1 validation error detected: Value '[51 tags]' at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"),
        ValidationCase(name: "key over 128", tags: [Tag(key: longKey, value: "v")], code: "ValidationError",
                       message: "1 validation error detected: Value '\(longKey)' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128"),
        ValidationCase(name: "value over 256", tags: [Tag(key: "team", value: longValue)], code: "ValidationError",
                       message: "1 validation error detected: Value '\(longValue)' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256"),
        ValidationCase(name: "key with a forbidden character", tags: [Tag(key: "team!", value: "blue")], code: "ValidationError",
                       message: "1 validation error detected: Value 'team!' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"),
        ValidationCase(name: "transitive key over 128", tags: blue, transitive: [longKey], code: "ValidationError",
                       message: "1 validation error detected: Value '\(longKey)' at 'transitiveTagKeys.1.member' failed to satisfy constraint: Member must have length less than or equal to 128"),
        ValidationCase(name: "transitive key not among the tags", tags: blue, transitive: ["project"], code: "InvalidParameterValue",
                       message: "The specified transitive tag key must be included in the requested tags."),
        ValidationCase(name: "transitive key without tags", tags: [], transitive: ["team"], code: "InvalidParameterValue",
                       message: "The specified transitive tag key must be included in the requested tags."),
        ValidationCase(name: "keys equal but for case", tags: [Tag(key: "team", value: "a"), Tag(key: "Team", value: "b")], code: "InvalidParameterValue",
                       message: "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
        // The aws: prefix rule covers STS sessions too (id_tags.html, "Rules for tagging in IAM and
        // AWS STS"); STS's code and text for it are not documented: STS's code for its tag checks.
        ValidationCase(name: "key starting with aws:", tags: [Tag(key: "AWS:team", value: "blue")], code: "InvalidParameterValue",
                       message: "You cannot create a tag key or value that begins with the text aws:. This tag prefix is reserved for AWS internal use."),
    ]

    @Test(arguments: validationCases)
    func parametersAreCheckedBeforeAnyPolicy(_ test: ValidationCase) throws {
        var fixture = LabFixture()
        // No permissions at all: the parameter errors must come first.
        let alice = try fixture.user("alice")
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "s1", tags: test.tags, transitiveTagKeys: test.transitive),
                                               caller: alice, in: &fixture.lab)
        }
        #expect(error?.code == test.code)
        #expect(error?.message == test.message)
        #expect(error?.httpStatus == 400)
    }

    /// The session policy's plaintext is at most 2,048 characters (API reference, Policy), though
    /// the newer model states no maximum: 2,048 passes validation, 2,049 is refused before any
    /// policy is read.
    @Test func sessionPolicyPlaintextIsAtMost2048Characters() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice")
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let prefix = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Sid":""#
        let suffix = #""}]}"#
        func policy(length: Int) -> String {
            prefix + String(repeating: "a", count: length - prefix.count - suffix.count) + suffix
        }
        let tooLong = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "s1", policy: policy(length: 2049)),
                                               caller: alice, in: &fixture.lab)
        }
        #expect(tooLong?.code == "ValidationError")
        #expect(tooLong?.message.hasSuffix("at 'policy' failed to satisfy constraint: Member must have length less than or equal to 2048") == true)
        let atLimit = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "s1", policy: policy(length: 2048)),
                                               caller: alice, in: &fixture.lab)
        }
        #expect(atLimit?.code != "ValidationError")
    }

    @Test func transitiveKeysMatchTagKeysRegardlessOfCase() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: Self.allow(["sts:AssumeRole", "sts:TagSession"]))
        try fixture.role("Target", trust: Self.trust(Self.aliceARN, ["sts:AssumeRole", "sts:TagSession"]))
        let result = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "s1", tags: [Tag(key: "Team", value: "blue")],
                                                          transitiveTagKeys: ["team"]), caller: alice, in: &fixture.lab)
        #expect(result.session.transitiveTags == [Tag(key: "Team", value: "blue")])
    }

    // MARK: sts:TagSession (same account and cross-account)

    struct PermissionCase: Sendable, CustomTestStringConvertible {
        var name: String
        var crossAccount: Bool
        var trustActions: [String]
        var identityActions: [String]?
        var tags: [IAMKit.Tag]
        var condition: String?
        var refused: String?
        var testDescription: String { name }
    }

    static let permissionCases: [PermissionCase] = [
        PermissionCase(name: "same account, trust names the user, allows TagSession", crossAccount: false,
                       trustActions: ["sts:AssumeRole", "sts:TagSession"], identityActions: nil, tags: blue, refused: nil),
        PermissionCase(name: "same account, trust names the user, AssumeRole only", crossAccount: false,
                       trustActions: ["sts:AssumeRole"], identityActions: nil, tags: blue, refused: "sts:TagSession"),
        PermissionCase(name: "same account, no tags passed needs no TagSession", crossAccount: false,
                       trustActions: ["sts:AssumeRole"], identityActions: nil, tags: [], refused: nil),
        PermissionCase(name: "cross account, both sides allow TagSession", crossAccount: true,
                       trustActions: ["sts:AssumeRole", "sts:TagSession"], identityActions: ["sts:AssumeRole", "sts:TagSession"], tags: blue, refused: nil),
        PermissionCase(name: "cross account, identity policy lacks TagSession", crossAccount: true,
                       trustActions: ["sts:AssumeRole", "sts:TagSession"], identityActions: ["sts:AssumeRole"], tags: blue, refused: "sts:TagSession"),
        PermissionCase(name: "cross account, trust lacks TagSession", crossAccount: true,
                       trustActions: ["sts:AssumeRole"], identityActions: ["sts:AssumeRole", "sts:TagSession"], tags: blue, refused: "sts:TagSession"),
        PermissionCase(name: "aws:RequestTag condition met", crossAccount: false, trustActions: ["sts:AssumeRole", "sts:TagSession"],
                       identityActions: nil, tags: blue, condition: #"{"StringEquals":{"aws:RequestTag/team":"blue"}}"#, refused: nil),
        PermissionCase(name: "aws:RequestTag condition not met", crossAccount: false, trustActions: ["sts:AssumeRole", "sts:TagSession"],
                       identityActions: nil, tags: [Tag(key: "team", value: "red")], condition: #"{"StringEquals":{"aws:RequestTag/team":"blue"}}"#,
                       refused: "sts:AssumeRole"),
        PermissionCase(name: "aws:TagKeys limits the keys", crossAccount: false, trustActions: ["sts:AssumeRole", "sts:TagSession"],
                       identityActions: nil, tags: [Tag(key: "team", value: "blue"), Tag(key: "cost", value: "1")],
                       condition: #"{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}"#, refused: "sts:AssumeRole"),
    ]

    @Test(arguments: permissionCases)
    func tagSessionIsAuthorizedLikeAssumeRole(_ test: PermissionCase) throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: test.identityActions.map { Self.allow($0) })
        let principal = test.crossAccount ? "arn:aws:iam::123456789012:root" : Self.aliceARN
        let trust = Self.trust(principal, test.trustActions, condition: test.condition)
        let roleARN: String
        if test.crossAccount {
            roleARN = try fixture.role("Target", trust: trust).arn
        } else {
            roleARN = try fixture.service.createRole(roleName: "Local", assumeRolePolicyDocument: trust, caller: fixture.devRoot, in: &fixture.lab).arn
        }
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: roleARN, roleSessionName: "s1", tags: test.tags), caller: alice, in: &fixture.lab)
        }
        guard let refused = test.refused else {
            #expect(error == nil)
            return
        }
        #expect(error == ServiceError.accessDenied("User: \(Self.aliceARN) is not authorized to perform: \(refused) on resource: \(roleARN)"))
        #expect(error?.explanation != nil)
        if refused == "sts:TagSession" { #expect(error?.refusedAction == "sts:TagSession") }
    }

    // MARK: Principal tags in later calls

    static let listIfBlue = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"blue"}}}]}"#

    static let red: [IAMKit.Tag] = [Tag(key: "team", value: "red")]
    static let none: [IAMKit.Tag] = []

    /// (session tags, role tags, whether `aws:PrincipalTag/team` is `blue` in a later call).
    static let principalTagCases: [([IAMKit.Tag], [IAMKit.Tag], Bool)] = [
        (none, none, false),
        (blue, none, true),
        (red, none, false),
        (none, [Tag(key: "Team", value: "blue")], true),
        ([Tag(key: "TEAM", value: "blue")], red, true),
        (red, [Tag(key: "Team", value: "blue")], false),
    ]

    @Test(arguments: principalTagCases)
    func sessionTagsArePrincipalTagsAndOverrideTheRoles(sessionTags: [IAMKit.Tag], roleTags: [IAMKit.Tag], allowed: Bool) throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice")
        _ = try fixture.service.createRole(roleName: "Target", assumeRolePolicyDocument: Self.trust(Self.aliceARN, ["sts:AssumeRole", "sts:TagSession"]),
                                           tags: roleTags.isEmpty ? nil : roleTags, caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.putRolePolicy(roleName: "Target", policyName: "abac", policyDocument: Self.listIfBlue, caller: fixture.prodRoot, in: &fixture.lab)
        // Cross account: the trust names alice directly, so her identity policy must allow too.
        try fixture.service.putUserPolicy(userName: "alice", policyName: "assume", policyDocument: Self.allow(["sts:AssumeRole", "sts:TagSession"]),
                                          caller: fixture.devRoot, in: &fixture.lab)
        let session = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "s1", tags: sessionTags),
                                                     caller: alice, in: &fixture.lab)
        let decision = try fixture.service.decision(for: session.caller, action: "s3:ListBucket", resource: "arn:aws:s3:::example_bucket", in: fixture.lab)
        #expect(decision.isAllowed == allowed)
        // The issued credentials resolve to the tagged session, as a later CLI call would.
        let resolved = try fixture.service.caller(accessKeyID: session.credentials.accessKeyID, in: fixture.lab)
        #expect(resolved == session.caller)
    }

    // MARK: Role chaining

    /// Roles First and Second in production: alice may assume First with tags; First may assume
    /// Second (and tag it); Second's policy lists the bucket when the principal tag team is blue.
    static func chain() throws -> (LabFixture, IAMService.AssumeRoleResult) {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: allow(["sts:AssumeRole", "sts:TagSession"]))
        try fixture.role("First", trust: trust("arn:aws:iam::123456789012:root", ["sts:AssumeRole", "sts:TagSession"]))
        try fixture.service.putRolePolicy(roleName: "First", policyName: "chain", policyDocument: allow(["sts:AssumeRole", "sts:TagSession"]),
                                          caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.role("Second", trust: trust("arn:aws:iam::111111111111:role/First", ["sts:AssumeRole", "sts:TagSession"]))
        try fixture.service.putRolePolicy(roleName: "Second", policyName: "abac", policyDocument: listIfBlue, caller: fixture.prodRoot, in: &fixture.lab)
        let first = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/First", roleSessionName: "one",
                                                         tags: [Tag(key: "team", value: "blue"), Tag(key: "project", value: "x")],
                                                         transitiveTagKeys: ["team"]), caller: alice, in: &fixture.lab)
        return (fixture, first)
    }

    @Test func transitiveTagsCarryIntoTheChainedSessionOthersDoNot() throws {
        var (fixture, first) = try Self.chain()
        let second = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Second", roleSessionName: "two"),
                                                    caller: first.caller, in: &fixture.lab)
        #expect(second.session.tags == [Tag(key: "team", value: "blue")])
        #expect(second.session.transitiveTagKeys == ["team"])
        #expect(second.packedPolicySize == 1)
        #expect(try fixture.service.decision(for: second.caller, action: "s3:ListBucket", resource: "arn:aws:s3:::b", in: fixture.lab).isAllowed)
        let context = try fixture.service.requestContext(for: second.caller, action: "s3:ListBucket", in: fixture.lab)
        #expect(context["aws:PrincipalTag/project"] == nil)
    }

    @Test func inheritedTransitiveTagsNeedTagSessionInTheNextTrust() throws {
        var (fixture, first) = try Self.chain()
        try fixture.role("Third", trust: Self.trust("arn:aws:iam::111111111111:role/First", ["sts:AssumeRole"]))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Third", roleSessionName: "three"),
                                               caller: first.caller, in: &fixture.lab)
        }
        #expect(error == ServiceError.accessDenied(
            "User: arn:aws:sts::111111111111:assumed-role/First/one is not authorized to perform: sts:TagSession on resource: arn:aws:iam::111111111111:role/Third"))
        // A session without transitive tags chains into the same role without TagSession.
        let alice = Caller.user(LabFixture.development, "alice")
        let untagged = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/First", roleSessionName: "plain"),
                                                      caller: alice, in: &fixture.lab)
        #expect(throws: Never.self) {
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Third", roleSessionName: "three"),
                                               caller: untagged.caller, in: &fixture.lab)
        }
    }

    static let chainedTagCases: [([IAMKit.Tag], String?)] = [
        ([Tag(key: "team", value: "green")], "InvalidParameterValue"),
        ([Tag(key: "TEAM", value: "blue")], "InvalidParameterValue"),
        ([Tag(key: "project", value: "y")], nil),
    ]

    @Test(arguments: chainedTagCases)
    func aChainedCallCannotPassAnInheritedTransitiveKey(tags: [IAMKit.Tag], code: String?) throws {
        var (fixture, first) = try Self.chain()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Second", roleSessionName: "two", tags: tags),
                                               caller: first.caller, in: &fixture.lab)
        }
        #expect(error?.code == code)
        if code != nil {
            #expect(error?.message == "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.")
        }
    }

    // MARK: PackedPolicySize

    /// 50 tags of 7-character keys and `valueLength`-character values.
    static func fifty(valueLength: Int) -> [IAMKit.Tag] {
        (101...150).map { Tag(key: "key-\($0)", value: String(repeating: "v", count: valueLength)) }
    }

    /// (tags, error, PackedPolicySize): 50 × (7 + 33) = 2000 units → 98 %; 50 × (7 + 50) = 2850 → 140 %.
    static let packedCases: [([IAMKit.Tag], String?, Int?)] = [
        (none, nil, nil),
        (blue, nil, 1),
        (fifty(valueLength: 33), nil, 98),
        (fifty(valueLength: 50), "PackedPolicyTooLarge: Packed size of session tags consumes 140% of allotted space.", nil),
    ]

    @Test(arguments: packedCases)
    func packedPolicySizeCountsTags(tags: [IAMKit.Tag], error expected: String?, size: Int?) throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice")
        try fixture.service.createRole(roleName: "Local", assumeRolePolicyDocument: Self.trust(Self.aliceARN, ["sts:AssumeRole", "sts:TagSession"]),
                                       caller: fixture.devRoot, in: &fixture.lab)
        var result: IAMService.AssumeRoleResult?
        let error = LabFixture.error { () throws(ServiceError) in
            result = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::123456789012:role/Local", roleSessionName: "s1", tags: tags),
                                                    caller: alice, in: &fixture.lab)
        }
        #expect(error.map { "\($0)" } == expected)
        #expect(result?.packedPolicySize == size)
    }

    @Test func packedPolicySizeAddsPoliciesAndTags() {
        let policy = LabFixture.allow("s3:ListBucket")
        let alone = IAMService.packedPolicySize(policy: policy, policyARNs: [], tags: [])
        let both = IAMService.packedPolicySize(policy: policy, policyARNs: [], tags: Self.blue)
        // 97 characters → ceil(9700 / 2048) = 5 %; with team=blue (8 more) → 6 %, the policy share stays 5 %.
        #expect(alone?.total == 5)
        #expect(both?.total == 6 && both?.policies == 5)
        let wide = IAMService.packedPolicySize(policy: policy, policyARNs: [], tags: [Tag(key: "k", value: String(repeating: "v", count: 200))])
        #expect(wide?.total == 15)
    }
}
