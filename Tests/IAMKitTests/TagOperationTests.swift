import IAMPolicy
import Testing
@testable import IAMKit

/// TagUser/UntagUser/ListUserTags and TagPolicy/UntagPolicy/ListPolicyTags, which share TagRole's rules.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagUser.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagPolicy.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
@Suite struct TagOperationTests {
    /// The three taggable kinds behind one interface, so each rule is tested for all of them.
    enum Target: String, CaseIterable {
        case role, user, policy

        static let policyARN = "arn:aws:iam::111111111111:policy/Ops"

        func prepare(_ fixture: inout LabFixture) throws {
            switch self {
            case .role: try fixture.role("Deploy", trust: LabFixture.seedTrust)
            case .user: _ = try fixture.service.createUser(userName: "alice", caller: fixture.prodRoot, in: &fixture.lab)
            case .policy:
                _ = try fixture.service.createPolicy(policyName: "Ops", policyDocument: LabFixture.allow("s3:ListBucket"),
                                                     caller: fixture.prodRoot, in: &fixture.lab)
            }
        }

        func tag(_ tags: [IAMKit.Tag], _ fixture: inout LabFixture, caller: Caller? = nil) throws(ServiceError) {
            let caller = caller ?? fixture.prodRoot
            switch self {
            case .role: try fixture.service.tagRole(roleName: "Deploy", tags: tags, caller: caller, in: &fixture.lab)
            case .user: try fixture.service.tagUser(userName: "alice", tags: tags, caller: caller, in: &fixture.lab)
            case .policy: try fixture.service.tagPolicy(policyArn: Self.policyARN, tags: tags, caller: caller, in: &fixture.lab)
            }
        }

        func untag(_ keys: [String], _ fixture: inout LabFixture) throws(ServiceError) {
            switch self {
            case .role: try fixture.service.untagRole(roleName: "Deploy", tagKeys: keys, caller: fixture.prodRoot, in: &fixture.lab)
            case .user: try fixture.service.untagUser(userName: "alice", tagKeys: keys, caller: fixture.prodRoot, in: &fixture.lab)
            case .policy: try fixture.service.untagPolicy(policyArn: Self.policyARN, tagKeys: keys, caller: fixture.prodRoot, in: &fixture.lab)
            }
        }

        func list(_ fixture: LabFixture, marker: String? = nil, maxItems: Int? = nil) throws(ServiceError) -> Page<IAMKit.Tag> {
            switch self {
            case .role: try fixture.service.listRoleTags(roleName: "Deploy", marker: marker, maxItems: maxItems, caller: fixture.prodRoot, in: fixture.lab)
            case .user: try fixture.service.listUserTags(userName: "alice", marker: marker, maxItems: maxItems, caller: fixture.prodRoot, in: fixture.lab)
            case .policy: try fixture.service.listPolicyTags(policyArn: Self.policyARN, marker: marker, maxItems: maxItems,
                                                             caller: fixture.prodRoot, in: fixture.lab)
            }
        }

        var quotaName: String {
            switch self {
            case .role: "TagsPerRole"
            case .user: "TagsPerUser"
            case .policy: "TagsPerPolicy"
            }
        }
    }

    @Test(arguments: Target.allCases)
    func tagOverwritesCaseInsensitivelyUntagAndList(_ target: Target) throws {
        var fixture = LabFixture()
        try target.prepare(&fixture)
        try target.tag([Tag(key: "Dept", value: "Accounting"), Tag(key: "CostCenter", value: "12345")], &fixture)
        try target.tag([Tag(key: "dept", value: "Finance")], &fixture)
        #expect(try target.list(fixture).items == [Tag(key: "dept", value: "Finance"), Tag(key: "CostCenter", value: "12345")])
        let first = try target.list(fixture, maxItems: 1)
        #expect(first.isTruncated && first.items.map(\.key) == ["dept"])
        #expect(try target.list(fixture, marker: first.marker).items.map(\.key) == ["CostCenter"])
        try target.untag(["COSTCENTER", "absent"], &fixture)
        #expect(try target.list(fixture).items.map(\.key) == ["dept"])
    }

    @Test(arguments: Target.allCases)
    func fiftyTagsAtMost(_ target: Target) throws {
        var fixture = LabFixture()
        try target.prepare(&fixture)
        try target.tag((1...50).map { Tag(key: "k\($0)", value: "") }, &fixture)
        let error = LabFixture.error { () throws(ServiceError) in try target.tag([Tag(key: "one-more", value: "")], &fixture) }
        #expect(error == ServiceError.limitExceeded("Cannot exceed quota for \(target.quotaName): 50"))
    }

    @Test(arguments: Target.allCases)
    func tagKeysAreValidated(_ target: Target) throws {
        var fixture = LabFixture()
        try target.prepare(&fixture)
        let badTag = LabFixture.error { () throws(ServiceError) in try target.tag([Tag(key: "a*b", value: "x")], &fixture) }
        #expect(badTag?.message == "1 validation error detected: Value 'a*b' at 'tags.1.member.key' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+")
        let badKey = LabFixture.error { () throws(ServiceError) in try target.untag([""], &fixture) }
        #expect(badKey?.message == "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1")
    }

    @Test(arguments: [
        (Target.user, ServiceError.noSuchEntity("The user with name alice cannot be found.")),
        (Target.role, ServiceError.noSuchEntity("The role with name Deploy cannot be found.")),
        (Target.policy, ServiceError.noSuchEntity("Policy arn:aws:iam::111111111111:policy/Ops does not exist or is not attachable.")),
    ])
    func missingEntities(_ target: Target, expected: ServiceError) {
        var fixture = LabFixture()
        #expect(LabFixture.error { () throws(ServiceError) in try target.tag([Tag(key: "a", value: "b")], &fixture) } == expected)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try target.list(fixture) } == expected)
    }

    @Test func awsManagedPoliciesCannotBeTagged() {
        var fixture = LabFixture()
        let arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.tagPolicy(policyArn: arn, tags: [Tag(key: "a", value: "b")], caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error == ServiceError.noSuchEntity("Policy \(arn) does not exist or is not attachable."))
    }

    @Test(arguments: [
        (Target.user, "iam:TagUser", "arn:aws:iam::111111111111:user/alice"),
        (Target.policy, "iam:TagPolicy", Target.policyARN),
    ])
    func authorizedOnTheEntityARN(_ target: Target, action: String, resource: String) throws {
        var fixture = LabFixture()
        try target.prepare(&fixture)
        let carol = try fixture.user("carol", in: LabFixture.production, policy: LabFixture.allow("iam:List*"))
        let denied = LabFixture.error { () throws(ServiceError) in try target.tag([Tag(key: "a", value: "b")], &fixture, caller: carol) }
        #expect(denied?.message == "User: arn:aws:iam::111111111111:user/carol is not authorized to perform: \(action) on resource: \(resource) "
            + "because no identity-based policy allows the \(action) action")
        let dave = try fixture.user("dave", in: LabFixture.production, policy: LabFixture.allow(action, resource))
        try target.tag([Tag(key: "a", value: "b")], &fixture, caller: dave)
        #expect(try target.list(fixture).items == [Tag(key: "a", value: "b")])
    }
}
