import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Account quotas through the CLI: AWS's LimitExceeded line when one is reached, and `lab
/// raise-quota` raising one as Service Quotas does.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
@Suite(.serialized) struct AccountQuotaCLITests {
    static let development = ["--account", "123456789012"]

    @Test func aUserInMoreThanTenGroupsIsRefusedUntilTheQuotaIsRaised() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        // alice is in Developers already: nine more groups, then the eleventh is refused.
        for index in 1...10 {
            #expect(lab.run(Self.development + ["iam", "create-group", "--group-name", "g\(index)"]).exitCode == .success)
        }
        for index in 1...9 {
            #expect(lab.run(Self.development + ["iam", "add-user-to-group", "--group-name", "g\(index)", "--user-name", "alice"]).exitCode == .success)
        }
        let refused = lab.run(Self.development + ["iam", "add-user-to-group", "--group-name", "g10", "--user-name", "alice"])
        #expect(refused.exitCode == .serviceError)
        #expect(refused.stderr == "\nAn error occurred (LimitExceeded) when calling the AddUserToGroup operation: Cannot exceed quota for GroupsPerUser: 10\n")

        let lowered = lab.run(["lab", "raise-quota", "--account-id", "123456789012", "--quota-name", "GroupsPerUser", "--value", "5"])
        #expect(lowered.exitCode != .success)
        #expect(lowered.stderr.contains("GroupsPerUser can only be raised: 5 is below AWS's default of 10."), "\(lowered.stderr)")
        let unknown = lab.run(["lab", "raise-quota", "--account-id", "123456789012", "--quota-name", "Roles", "--value", "5000"])
        #expect(unknown.exitCode != .success)
        #expect(unknown.stderr.contains("RolesPerAccount"), "the valid names are listed: \(unknown.stderr)")

        #expect(lab.run(["lab", "raise-quota", "--account-id", "123456789012", "--quota-name", "GroupsPerUser", "--value", "20"]).exitCode == .success)
        #expect(lab.run(Self.development + ["iam", "add-user-to-group", "--group-name", "g10", "--user-name", "alice"]).exitCode == .success)
        let summary = TemporaryLab.json(lab.run(Self.development + ["iam", "get-account-summary"]).stdout)
        let map = try #require(summary["SummaryMap"] as? [String: Any])
        #expect(map["GroupsPerUserQuota"] as? Int == 20)
        #expect(map["RolesQuota"] as? Int == 1000)
    }
}
