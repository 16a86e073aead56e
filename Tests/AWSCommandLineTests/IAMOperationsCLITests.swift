import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// The operations trainees use to look around a lab, run as real commands on a demo lab:
/// list-entities-for-policy, get-account-summary, the user and policy tag commands.
/// https://docs.aws.amazon.com/cli/latest/reference/iam/list-entities-for-policy.html
/// https://docs.aws.amazon.com/cli/latest/reference/iam/get-account-summary.html
/// https://docs.aws.amazon.com/cli/latest/reference/iam/tag-user.html
/// https://docs.aws.amazon.com/cli/latest/reference/iam/tag-policy.html
@Suite(.serialized) struct IAMOperationsCLITests {
    static let policyARN = "arn:aws:iam::111122223333:policy/PolicyForRole"
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#

    /// The demo lab with PolicyForRole attached to roles UpdateApp and Audit and to group Ops.
    static func prepared() -> TemporaryLab {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        for role in ["UpdateApp", "Audit"] {
            #expect(lab.run(["iam", "create-role", "--role-name", role, "--assume-role-policy-document", trust]).exitCode == .success)
            #expect(lab.run(["iam", "attach-role-policy", "--role-name", role, "--policy-arn", policyARN]).exitCode == .success)
        }
        #expect(lab.run(["iam", "create-group", "--group-name", "Ops"]).exitCode == .success)
        #expect(lab.run(["iam", "attach-group-policy", "--group-name", "Ops", "--policy-arn", policyARN]).exitCode == .success)
        return lab
    }

    @Test func listEntitiesForPolicyAnswersWhoUsesAPolicy() throws {
        let lab = Self.prepared()
        let result = lab.run(["iam", "list-entities-for-policy", "--policy-arn", Self.policyARN])
        #expect(result.exitCode == .success, "\(result.stderr)")
        let output = TemporaryLab.json(result.stdout)
        #expect((output["PolicyRoles"] as? [[String: Any]])?.compactMap { $0["RoleName"] as? String } == ["Audit", "UpdateApp"])
        #expect((output["PolicyGroups"] as? [[String: Any]])?.compactMap { $0["GroupName"] as? String } == ["Ops"])
        #expect((output["PolicyUsers"] as? [Any])?.isEmpty == true)
        // The CLI pages through all three lists (here one entity per request).
        let paged = TemporaryLab.json(lab.run(["iam", "list-entities-for-policy", "--policy-arn", Self.policyARN, "--page-size", "1"]).stdout)
        #expect((paged["PolicyRoles"] as? [[String: Any]])?.count == 2)
        #expect((paged["PolicyGroups"] as? [[String: Any]])?.count == 1)
        let roles = lab.run(["iam", "list-entities-for-policy", "--policy-arn", Self.policyARN, "--entity-filter", "Role",
                             "--query", "PolicyRoles[].RoleName", "--output", "text"])
        #expect(roles.stdout == "Audit\tUpdateApp\n")
        let missing = lab.run(["iam", "list-entities-for-policy", "--policy-arn", "arn:aws:iam::111122223333:policy/Nope"])
        #expect(missing.exitCode == .serviceError)
        #expect(missing.stderr == "\nAn error occurred (NoSuchEntity) when calling the ListEntitiesForPolicy operation: "
            + "Policy arn:aws:iam::111122223333:policy/Nope does not exist or is not attachable.\n")
    }

    @Test func getAccountSummaryCountsTheCurrentAccount() {
        let lab = Self.prepared()
        let production = TemporaryLab.json(lab.run(["iam", "get-account-summary"]).stdout)["SummaryMap"] as? [String: Any]
        #expect(production?["Roles"] as? Int == 2)
        #expect(production?["Groups"] as? Int == 1)
        #expect(production?["Policies"] as? Int == 1)
        #expect(production?["RolesQuota"] as? Int == 1000)
        let development = lab.run(["--account", "123456789012", "iam", "get-account-summary", "--query", "SummaryMap.[Users,MFADevicesInUse]",
                                   "--output", "text"])
        #expect(development.stdout == "2\t1\n")
        #expect(!lab.auditLines().contains { $0.contains(#""eventName":"GetAccountSummary""#) }, "read-only calls are not audited")
    }

    @Test func userTagsAreSetListedRemovedAndAudited() {
        let lab = Self.prepared()
        let account = ["--account", "123456789012"]
        let tagged = lab.run(account + ["iam", "tag-user", "--user-name", "alice", "--tags", "Key=Dept,Value=Accounting", "Key=CostCenter,Value=12345"])
        #expect(tagged.exitCode == .success, "\(tagged.stderr)")
        #expect(tagged.stdout.isEmpty)
        let listed = TemporaryLab.json(lab.run(account + ["iam", "list-user-tags", "--user-name", "alice"]).stdout)
        #expect((listed["Tags"] as? [[String: String]]) == [["Key": "Dept", "Value": "Accounting"], ["Key": "CostCenter", "Value": "12345"]])
        #expect(listed["IsTruncated"] == nil, "the CLI pages to the end and drops IsTruncated, as the AWS CLI does")
        #expect(lab.run(account + ["iam", "untag-user", "--user-name", "alice", "--tag-keys", "dept"]).exitCode == .success)
        #expect(lab.run(account + ["iam", "list-user-tags", "--user-name", "alice", "--query", "Tags[].Key", "--output", "text"]).stdout == "CostCenter\n")
        let audit = lab.auditLines()
        #expect(audit.contains { $0.contains(#""eventName":"TagUser""#) && $0.contains(#""userName":"alice""#) })
        #expect(audit.contains { $0.contains(#""eventName":"UntagUser""#) })
        #expect(!audit.contains { $0.contains(#""eventName":"ListUserTags""#) })
        let missing = lab.run(account + ["iam", "list-user-tags", "--user-name", "nobody"])
        #expect(missing.stderr == "\nAn error occurred (NoSuchEntity) when calling the ListUserTags operation: The user with name nobody cannot be found.\n")
    }

    @Test func policyTagsAreSetListedAndRemoved() {
        let lab = Self.prepared()
        #expect(lab.run(["iam", "tag-policy", "--policy-arn", Self.policyARN, "--tags", "Key=Owner,Value=trainer"]).exitCode == .success)
        #expect(lab.run(["iam", "list-policy-tags", "--policy-arn", Self.policyARN, "--output", "text"]).stdout == "TAGS\tOwner\ttrainer\n")
        #expect(TemporaryLab.json(lab.run(["iam", "get-policy", "--policy-arn", Self.policyARN]).stdout)["Policy"]
            .flatMap { ($0 as? [String: Any])?["Tags"] as? [[String: String]] } == [["Key": "Owner", "Value": "trainer"]])
        #expect(lab.run(["iam", "untag-policy", "--policy-arn", Self.policyARN, "--tag-keys", "Owner"]).exitCode == .success)
        #expect((TemporaryLab.json(lab.run(["iam", "list-policy-tags", "--policy-arn", Self.policyARN]).stdout)["Tags"] as? [Any])?.isEmpty == true)
        #expect(lab.auditLines().contains { $0.contains(#""eventName":"TagPolicy""#) })
    }

    @Test func updateUserAndUpdateGroupRenameInPlace() {
        let lab = Self.prepared()
        let account = ["--account", "123456789012"]
        let id = lab.run(account + ["iam", "get-user", "--user-name", "bob", "--query", "User.UserId", "--output", "text"]).stdout
        let renamed = lab.run(account + ["iam", "update-user", "--user-name", "bob", "--new-user-name", "Robert"])
        #expect(renamed.exitCode == .success, "\(renamed.stderr)")
        #expect(renamed.stdout.isEmpty)
        #expect(lab.run(account + ["iam", "get-user", "--user-name", "Robert", "--query", "User.UserId", "--output", "text"]).stdout == id)
        #expect(lab.run(account + ["iam", "update-group", "--group-name", "Developers", "--new-group-name", "Engineers"]).exitCode == .success)
        #expect(lab.run(account + ["iam", "list-groups-for-user", "--user-name", "Robert", "--query", "Groups[].GroupName",
                                   "--output", "text"]).stdout == "Engineers\n")
        let taken = lab.run(account + ["iam", "update-user", "--user-name", "Robert", "--new-user-name", "ALICE"])
        #expect(taken.stderr == "\nAn error occurred (EntityAlreadyExists) when calling the UpdateUser operation: User with name ALICE already exists.\n")
        let audit = lab.auditLines()
        #expect(audit.contains { $0.contains(#""eventName":"UpdateUser""#) && $0.contains(#""newUserName":"Robert""#) })
        #expect(audit.contains { $0.contains(#""eventName":"UpdateGroup""#) && $0.contains(#""newGroupName":"Engineers""#) })
        #expect(audit.contains { $0.contains(#""eventName":"UpdateUser""#) && $0.contains(#""errorCode":"EntityAlreadyExists""#) })
    }

    @Test func getAccessKeyLastUsedShowsNotApplicableThenTheLastMutatingCall() throws {
        let lab = Self.prepared()
        let account = ["--account", "123456789012"]
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:TagUser","iam:ListUserTags"],"Resource":"*"}]}"#
        #expect(lab.run(account + ["iam", "put-user-policy", "--user-name", "bob", "--policy-name", "tags", "--policy-document", policy]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(account + ["iam", "create-access-key", "--user-name", "bob"]).stdout)["AccessKey"] as? [String: Any]
        let keyID = try #require(created?["AccessKeyId"] as? String)
        let bob = ["AWS_ACCESS_KEY_ID": keyID, "AWS_SECRET_ACCESS_KEY": created?["SecretAccessKey"] as? String ?? ""]
        let never = TemporaryLab.json(lab.run(account + ["iam", "get-access-key-last-used", "--access-key-id", keyID]).stdout)
        #expect(never["UserName"] as? String == "bob")
        #expect(never["AccessKeyLastUsed"] as? [String: String] == ["ServiceName": "N/A", "Region": "N/A"])
        // A read-only call with the key is not recorded; a mutating one is.
        #expect(lab.run(["iam", "list-user-tags", "--user-name", "bob"], bob).exitCode == .success)
        #expect(TemporaryLab.json(lab.run(account + ["iam", "get-access-key-last-used", "--access-key-id", keyID]).stdout)["AccessKeyLastUsed"]
            as? [String: String] == ["ServiceName": "N/A", "Region": "N/A"])
        #expect(lab.run(["iam", "tag-user", "--user-name", "bob", "--tags", "Key=team,Value=blue"], bob).exitCode == .success)
        let used = lab.run(account + ["iam", "get-access-key-last-used", "--access-key-id", keyID, "--query",
                                      "AccessKeyLastUsed.[LastUsedDate,ServiceName,Region]", "--output", "text"])
        #expect(used.stdout == "2025-11-29T07:06:40+00:00\tiam\tus-east-1\n")
        let missing = lab.run(account + ["iam", "get-access-key-last-used", "--access-key-id", "AKIAIOSFODNN7EXAMPLE"])
        #expect(missing.stderr == "\nAn error occurred (NoSuchEntity) when calling the GetAccessKeyLastUsed operation: "
            + "The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.\n")
    }

    /// https://docs.aws.amazon.com/cli/latest/reference/iam/update-access-key.html
    @Test func updateAccessKeyDeactivatesAKey() throws {
        let lab = Self.prepared()
        let account = ["--account", "123456789012"]
        let created = TemporaryLab.json(lab.run(account + ["iam", "create-access-key", "--user-name", "bob"]).stdout)["AccessKey"] as? [String: Any]
        let keyID = try #require(created?["AccessKeyId"] as? String)
        let bob = ["AWS_ACCESS_KEY_ID": keyID, "AWS_SECRET_ACCESS_KEY": created?["SecretAccessKey"] as? String ?? ""]
        #expect(lab.run(["sts", "get-caller-identity"], bob).exitCode == .success)
        let updated = lab.run(account + ["iam", "update-access-key", "--user-name", "bob", "--access-key-id", keyID, "--status", "Inactive"])
        #expect(updated.exitCode == .success, "\(updated.stderr)")
        #expect(lab.run(account + ["iam", "list-access-keys", "--user-name", "bob", "--query", "AccessKeyMetadata[0].Status",
                                   "--output", "text"]).stdout == "Inactive\n")
        #expect(lab.run(["sts", "get-caller-identity"], bob).stderr.contains("(InvalidClientTokenId)"))
        #expect(lab.auditLines().contains { $0.contains(#""eventName":"UpdateAccessKey""#) })
    }
}
