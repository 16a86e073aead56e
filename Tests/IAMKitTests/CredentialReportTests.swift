import Foundation
import IAMPolicy
import Testing
@testable import IAMKit

/// GenerateCredentialReport / GetCredentialReport: states, errors, the CSV's columns and values.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
@Suite struct CredentialReportTests {
    static let header = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,"
        + "mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,"
        + "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
        + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated"

    @Test func getBeforeGenerateIsReportNotPresentThenStartedThenComplete() throws {
        var fixture = LabFixture()
        #expect(throws: ServiceError(code: "ReportNotPresent", message: "", httpStatus: 410)) {
            try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab)
        }
        let first = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        #expect(first.state == "STARTED" && first.description == "No report exists. Starting a new report generation task")
        let second = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        #expect(second.state == "COMPLETE" && second.description == nil)
        let report = try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab)
        #expect(report.generatedTime == LabFixture.now)
        // Another account has no report of its own.
        #expect(throws: ServiceError(code: "ReportNotPresent", message: "", httpStatus: 410)) {
            try fixture.service.getCredentialReport(caller: fixture.prodRoot, in: fixture.lab)
        }
    }

    @Test func aReportOlderThanFourHoursIsExpiredAndGenerateStartsAnew() throws {
        var fixture = LabFixture()
        _ = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        fixture.setTime(LabFixture.now.adding(seconds: 4 * 3600))
        _ = try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab)
        fixture.setTime(LabFixture.now.adding(seconds: 4 * 3600 + 1))
        #expect(throws: ServiceError(code: "ReportExpired", message: "", httpStatus: 410)) {
            try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab)
        }
        let again = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        #expect(again.state == "STARTED")
        #expect(try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab).generatedTime == LabFixture.now.adding(seconds: 4 * 3600 + 1))
    }

    @Test func theReportIsASnapshotUntilRegenerated() throws {
        var fixture = LabFixture()
        _ = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        try fixture.user("carol")
        let rows = try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab).content.split(separator: "\n")
        #expect(rows.count == 2)
    }

    @Test func rowsFollowAWSColumnsWithRootFirst() throws {
        var fixture = LabFixture()
        try fixture.user("bob")
        try fixture.user("alice")
        try fixture.service.updateAccountPasswordPolicy(PasswordPolicy(minimumPasswordLength: 8, maxPasswordAge: 90),
                                                        caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.createLoginProfile(userName: "alice", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        let key = try fixture.service.createAccessKey(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.updateAccessKey(userName: "alice", accessKeyId: key.accessKeyID, status: "Inactive",
                                            caller: fixture.devRoot, in: &fixture.lab)
        let device = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "bob", caller: fixture.devRoot, in: &fixture.lab)
        let secret = try #require(Base32.decode(device.base32StringSeed))
        let totp = TOTP(secret: secret)
        let step = totp.step(at: LabFixture.now)
        try fixture.service.enableMFADevice(userName: "bob", serialNumber: device.serialNumber, authenticationCode1: totp.code(counter: step &- 1),
                                            authenticationCode2: totp.code(counter: step), caller: fixture.devRoot, in: &fixture.lab)
        _ = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        let report = try fixture.service.getCredentialReport(caller: fixture.devRoot, in: fixture.lab)
        #expect(report.reportFormat == "text/csv")
        let lines = report.content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let created = "2026-11-29T06:00:00+00:00"
        #expect(lines == [
            Self.header,
            "<root_account>,arn:aws:iam::123456789012:root,\(created),not_supported,no_information,not_supported,not_supported,false,"
                + "false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            "alice,arn:aws:iam::123456789012:user/alice,\(created),true,no_information,\(created),2027-02-27T06:00:00+00:00,false,"
                + "false,\(created),N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            "bob,arn:aws:iam::123456789012:user/bob,\(created),false,N/A,N/A,N/A,true,"
                + "false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A",
            "",
        ])
    }

    @Test func bothActionsAuthorizeOnStar() throws {
        var fixture = LabFixture()
        let reader = try fixture.user("auditor", policy: LabFixture.allow("iam:GetCredentialReport"))
        let denied = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.generateCredentialReport(caller: reader, in: &fixture.lab) }
        #expect(denied?.code == "AccessDenied")
        #expect(denied?.message.contains("iam:GenerateCredentialReport on resource: *") == true, "\(denied?.message ?? "")")
        _ = try fixture.service.generateCredentialReport(caller: fixture.devRoot, in: &fixture.lab)
        _ = try fixture.service.getCredentialReport(caller: reader, in: fixture.lab)
    }
}
