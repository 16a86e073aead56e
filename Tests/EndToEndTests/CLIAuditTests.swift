import Foundation
import Testing

/// The audit log records mutations in CloudTrail's event shape — refused ones too, with
/// `errorCode`/`errorMessage` — and a refused call changes nothing else in the lab.
/// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
@Suite struct CLIAuditTests {
    @Test func aRefusedCreateRoleIsAuditedWithItsErrorAndChangesNoRecord() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trust.json", CLISeedStoryTests.trustPolicy)
        #expect(try runner.run(["iam", "create-role", "--role-name", "Seed", "--assume-role-policy-document", "file://trust.json"]).status == 0)
        let before = runner.labSnapshot().filter { !$0.key.hasPrefix("audit/") && $0.key != "changes.log" }
        let again = try runner.run(["iam", "create-role", "--role-name", "SEED", "--assume-role-policy-document", "file://trust.json"])
        #expect(again.status == 254)
        let after = runner.labSnapshot()
        #expect(after.filter { !$0.key.hasPrefix("audit/") && $0.key != "changes.log" } == before, "no record changed")
        let lines = after.filter { $0.key.hasPrefix("audit/") }.values
            .flatMap { String(decoding: $0, as: UTF8.self).split(separator: "\n") }
        let refused = try #require(lines.last { $0.contains(#""errorCode":"EntityAlreadyExists""#) })
        #expect(refused.contains(#""errorMessage":"Role with name SEED already exists.""#))
        #expect(refused.contains(#""eventName":"CreateRole""#))
        #expect(refused.contains(#""roleName":"SEED""#), "CloudTrail's lower-camel-case parameter names")
    }
}
