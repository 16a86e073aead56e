import Foundation
import IAMPolicy
import Testing
@testable import RoleStore

/// The audit log follows CloudTrail's record contents
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html)
/// and hides secrets as CloudTrail does.
struct AuditLogTests {
    @Test func anEventIsOneCloudTrailShapedLineInADatedFile() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in
            try repo.put(Fixture.role("s3-readers"))
            repo.recordAudit(AuditFixture.createRole())
        }
        let text = try String(contentsOfFile: directory.child("audit/2025-11-29.jsonl"), encoding: .utf8)
        #expect(text == """
            {"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEADMIN00001",\
            "arn":"arn:aws:iam::111122223333:user/admin","accountId":"111122223333","accessKeyId":"AKIAEXAMPLEADMIN0001",\
            "userName":"admin"},"eventTime":"2025-11-29T07:06:40Z","eventSource":"iam.amazonaws.com",\
            "eventName":"CreateRole","awsRegion":"us-east-1","sourceIPAddress":"127.0.0.1","userAgent":"rolecall",\
            "requestParameters":{"roleName":"s3-readers","assumeRolePolicyDocument":"{}"},\
            "responseElements":{"role":{"roleName":"s3-readers"}},"requestID":"req-1","eventID":"evt-1",\
            "readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333",\
            "eventCategory":"Management"}

            """)
    }

    @Test func secretsAreHiddenAsCloudTrailHidesThem() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        var event = AuditFixture.createRole()
        event.eventSource = .sts
        event.eventName = "AssumeRole"
        event.requestParameters = ["roleArn": "arn:aws:iam::111122223333:role/x", "tokenCode": "123456", "serialNumber": "arn:mfa"]
        event.outcome = .success(responseElements: ["credentials": [
            "accessKeyId": "ASIAEXAMPLE", "secretAccessKey": "wJalr", "sessionToken": "FwoG", "expiration": "later",
        ]])
        var mfa = AuditFixture.createRole()
        mfa.eventName = "CreateVirtualMFADevice"
        mfa.requestParameters = ["virtualMFADeviceName": "alice"]
        mfa.outcome = .success(responseElements: ["virtualMFADevice": ["base32StringSeed": "JBSW", "qRCodePNG": "iVBO"]])
        var enable = AuditFixture.createRole()
        enable.eventName = "EnableMFADevice"
        enable.requestParameters = ["AuthenticationCode1": "111111", "AuthenticationCode2": "222222"]
        try store.appendAudit([event, mfa, enable])
        let text = try String(contentsOfFile: directory.child("audit/2025-11-29.jsonl"), encoding: .utf8)
        for secret in ["123456", "wJalr", "FwoG", "JBSW", "iVBO", "111111", "222222"] {
            #expect(!text.contains(secret), "\(secret) leaked")
        }
        let lines = try AuditFixture.lines(in: directory.path)
        #expect(lines.count == 3)
        #expect(lines[0]["requestParameters"]?["tokenCode"] == .string(AuditMasking.placeholder))
        #expect(lines[0]["responseElements"]?["credentials"]?["accessKeyId"] == "ASIAEXAMPLE")
        #expect(lines[0]["eventSource"] == "sts.amazonaws.com")
        #expect(lines[2]["requestParameters"]?["AuthenticationCode2"] == .string(AuditMasking.placeholder))
    }

    @Test func aFailedRequestLogsItsErrorAndAnAssumedRoleItsSession() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let session = AuditIdentity(
            type: .assumedRole, principalID: "AROAEXAMPLEROLE000001:dev", arn: "arn:aws:sts::111122223333:assumed-role/ops/dev",
            accountID: "111122223333", accessKeyID: "ASIAEXAMPLE",
            sessionContext: .init(rolePrincipalID: "AROAEXAMPLEROLE000001", roleARN: "arn:aws:iam::111122223333:role/ops",
                                  roleAccountID: "111122223333", roleName: "ops", creationDate: AuditFixture.time,
                                  mfaAuthenticated: true))
        var event = AuditFixture.createRole()
        event.userIdentity = session
        event.outcome = .failure(errorCode: "AccessDenied", errorMessage: "User: arn:aws:sts::111122223333:assumed-role/ops/dev is not authorized")
        try store.appendAudit([event])
        let line = try #require(try AuditFixture.lines(in: directory.path).first)
        #expect(line["errorCode"] == "AccessDenied")
        #expect(line["responseElements"] == .null)
        #expect(line["userIdentity"]?["sessionContext"]?["sessionIssuer"]?["userName"] == "ops")
        #expect(line["userIdentity"]?["sessionContext"]?["attributes"]?["mfaAuthenticated"] == "true")
        #expect(store.generation == 0, "an audit-only commit changes no record")
    }

    @Test func aFailedOperationIsAuditedWhileItsPartialChangesAreDropped() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in
            try repo.put(Fixture.role("half-made"))
            var event = AuditFixture.createRole()
            event.outcome = .failure(errorCode: "LimitExceeded", errorMessage: "Cannot exceed quota for RolesPerAccount: 1000")
            repo.discardChanges()
            repo.recordAudit(event)
        }
        #expect(try store.read { try $0.records(SampleRole.self, in: Fixture.account) }.isEmpty)
        #expect(try AuditFixture.lines(in: directory.path).first?["errorCode"] == "LimitExceeded")
    }

    @Test func appendingNeverRewritesEarlierLines() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.appendAudit([AuditFixture.createRole()])
        let first = try Data(contentsOf: URL(fileURLWithPath: directory.child("audit/2025-11-29.jsonl")))
        try LabStore(path: directory.path).appendAudit([AuditFixture.createRole(), AuditFixture.createRole()])
        let after = try Data(contentsOf: URL(fileURLWithPath: directory.child("audit/2025-11-29.jsonl")))
        #expect(after.prefix(first.count) == first)
        #expect(try AuditFixture.lines(in: directory.path).count == 3)
    }
}
