import Foundation
import IAMPolicy
import Testing
@testable import IAMKit

/// SourceIdentity of AssumeRole: `sts:SetSourceIdentity` in the trust policy (and the caller's
/// policies across accounts and when chaining), persistence through role chaining, no change.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
@Suite struct SourceIdentityTests {
    static let aliceARN = SessionTagTests.aliceARN

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var crossAccount: Bool
        var trustActions: [String]
        var identityActions: [String]?
        var sourceIdentity: String?
        var allowed: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "same account, trust allows SetSourceIdentity", crossAccount: false,
             trustActions: ["sts:AssumeRole", "sts:SetSourceIdentity"], identityActions: nil, sourceIdentity: "alice", allowed: true),
        Case(name: "same account, trust allows AssumeRole only", crossAccount: false,
             trustActions: ["sts:AssumeRole"], identityActions: nil, sourceIdentity: "alice", allowed: false),
        Case(name: "no source identity needs no SetSourceIdentity", crossAccount: false,
             trustActions: ["sts:AssumeRole"], identityActions: nil, sourceIdentity: nil, allowed: true),
        Case(name: "cross account, both sides allow", crossAccount: true, trustActions: ["sts:AssumeRole", "sts:SetSourceIdentity"],
             identityActions: ["sts:AssumeRole", "sts:SetSourceIdentity"], sourceIdentity: "alice", allowed: true),
        Case(name: "cross account, identity policy lacks SetSourceIdentity", crossAccount: true,
             trustActions: ["sts:AssumeRole", "sts:SetSourceIdentity"], identityActions: ["sts:AssumeRole"], sourceIdentity: "alice", allowed: false),
    ])
    func setSourceIdentityIsAuthorizedLikeAssumeRole(_ test: Case) throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: test.identityActions.map { SessionTagTests.allow($0) })
        let principal = test.crossAccount ? "arn:aws:iam::123456789012:root" : Self.aliceARN
        let trust = SessionTagTests.trust(principal, test.trustActions)
        let roleARN = test.crossAccount
            ? try fixture.role("Target", trust: trust).arn
            : try fixture.service.createRole(roleName: "Local", assumeRolePolicyDocument: trust, caller: fixture.devRoot, in: &fixture.lab).arn
        var result: IAMService.AssumeRoleResult?
        let error = LabFixture.error { () throws(ServiceError) in
            result = try fixture.service.assumeRole(.init(roleArn: roleARN, roleSessionName: "s1", sourceIdentity: test.sourceIdentity),
                                                    caller: alice, in: &fixture.lab)
        }
        if test.allowed {
            #expect(error == nil)
            #expect(result?.session.sourceIdentity == test.sourceIdentity)
        } else {
            #expect(error == ServiceError.accessDenied("User: \(Self.aliceARN) is not authorized to perform: sts:SetSourceIdentity on resource: \(roleARN)"))
            #expect(error?.refusedAction == "sts:SetSourceIdentity")
        }
    }

    @Test func theTrustPolicyCanRequireAValue() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice")
        let trust = SessionTagTests.trust(Self.aliceARN, ["sts:AssumeRole", "sts:SetSourceIdentity"],
                                          condition: #"{"StringEquals":{"sts:SourceIdentity":"alice"}}"#)
        let arn = try fixture.service.createRole(roleName: "Local", assumeRolePolicyDocument: trust, caller: fixture.devRoot, in: &fixture.lab).arn
        #expect(throws: Never.self) {
            _ = try fixture.service.assumeRole(.init(roleArn: arn, roleSessionName: "s1", sourceIdentity: "alice"), caller: alice, in: &fixture.lab)
        }
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: arn, roleSessionName: "s1", sourceIdentity: "mallory"), caller: alice, in: &fixture.lab)
        }
        #expect(error?.code == "AccessDenied")
    }

    /// alice → First (source identity "alice") → Second, whose trust names First.
    static func chain(secondTrustActions: [String]) throws -> (LabFixture, Caller) {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: SessionTagTests.allow(["sts:AssumeRole", "sts:SetSourceIdentity"]))
        try fixture.role("First", trust: SessionTagTests.trust("arn:aws:iam::123456789012:root", ["sts:AssumeRole", "sts:SetSourceIdentity"]))
        try fixture.service.putRolePolicy(roleName: "First", policyName: "chain", policyDocument: SessionTagTests.allow(["sts:AssumeRole", "sts:SetSourceIdentity"]),
                                          caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.role("Second", trust: SessionTagTests.trust("arn:aws:iam::111111111111:role/First", secondTrustActions))
        let first = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/First", roleSessionName: "one", sourceIdentity: "alice"),
                                                   caller: alice, in: &fixture.lab)
        return (fixture, first.caller)
    }

    @Test(arguments: [
        (["sts:AssumeRole", "sts:SetSourceIdentity"], nil, true),
        (["sts:AssumeRole", "sts:SetSourceIdentity"], "alice", true),
        (["sts:AssumeRole"], nil, false),
        (["sts:AssumeRole", "sts:SetSourceIdentity"], "bob", false),
    ] as [([String], String?, Bool)])
    func theSourceIdentityPersistsThroughChainingAndCannotChange(trustActions: [String], passed: String?, allowed: Bool) throws {
        var (fixture, first) = try Self.chain(secondTrustActions: trustActions)
        var result: IAMService.AssumeRoleResult?
        let error = LabFixture.error { () throws(ServiceError) in
            result = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Second", roleSessionName: "two", sourceIdentity: passed),
                                                    caller: first, in: &fixture.lab)
        }
        if allowed {
            #expect(result?.session.sourceIdentity == "alice")
            let context = try fixture.service.requestContext(for: try #require(result).caller, action: "s3:ListBucket", in: fixture.lab)
            #expect(context["aws:SourceIdentity"] == .single("alice"))
        } else {
            #expect(error == ServiceError.accessDenied(
                "User: arn:aws:sts::111111111111:assumed-role/First/one is not authorized to perform: sts:SetSourceIdentity on resource: arn:aws:iam::111111111111:role/Second"))
        }
    }

    // MARK: Records written before session tags

    @Test func aSessionRecordWithoutTheNewFieldsStillDecodes() throws {
        // A RoleSession as rolecall wrote it before session tags existed.
        let old = #"""
            {"accountID":"111111111111","expiration":"2026-11-29T07:00:00Z","isChained":false,
             "issuedAt":"2026-11-29T06:00:00Z","roleID":"AROAEXAMPLE000000001","roleName":"Target","rolePath":"/",
             "sessionName":"s1","sessionPolicyARNs":[],"sourceIdentityARN":"arn:aws:iam::123456789012:user/alice"}
            """#
        let session = try JSONDecoder().decode(RoleSession.self, from: Data(old.utf8))
        #expect(session.tags.isEmpty && session.transitiveTagKeys.isEmpty)
        #expect(session.arn == "arn:aws:sts::111111111111:assumed-role/Target/s1")
        // A session without tags writes neither field (the record stays as it was), one with tags round-trips.
        let plain = String(decoding: try JSONEncoder().encode(session), as: UTF8.self)
        #expect(!plain.contains("tags") && !plain.contains("transitiveTagKeys"))
        var tagged = session
        tagged.tags = SessionTagTests.blue
        tagged.transitiveTagKeys = ["team"]
        #expect(try JSONDecoder().decode(RoleSession.self, from: JSONEncoder().encode(tagged)) == tagged)
    }
}
