import AWSCommandLine
import Foundation
import Testing

/// Root access keys as AWS makes them: `iam create-access-key` by an account's root user
/// without `--user-name` (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html).
@Suite("Root access keys")
struct RootAccessKeyCLITests {
    @Test func rootCreatesListsAndUsesItsOwnKeys() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let created = lab.run(["iam", "create-access-key"])
        #expect(created.exitCode == .success, "\(created.stderr)")
        let key = try #require(TemporaryLab.json(created.stdout)["AccessKey"] as? [String: Any])
        #expect(key["UserName"] == nil)
        let keyID = try #require(key["AccessKeyId"] as? String)
        let secret = try #require(key["SecretAccessKey"] as? String)
        #expect(keyID.hasPrefix("AKIA"))
        let listed = lab.run(["iam", "list-access-keys"])
        #expect(listed.stdout.contains(keyID))
        let who = lab.run(["sts", "get-caller-identity"], ["AWS_ACCESS_KEY_ID": keyID, "AWS_SECRET_ACCESS_KEY": secret])
        #expect(TemporaryLab.json(who.stdout)["Arn"] as? String == "arn:aws:iam::111122223333:root")
        #expect(lab.run(["iam", "create-access-key"]).exitCode == .success)
        let third = lab.run(["iam", "create-access-key"])
        #expect(third.stderr.contains("(LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2"))
        #expect(lab.run(["iam", "update-access-key", "--access-key-id", keyID, "--status", "Inactive"]).exitCode == .success)
        let inactive = lab.run(["sts", "get-caller-identity"], ["AWS_ACCESS_KEY_ID": keyID, "AWS_SECRET_ACCESS_KEY": secret])
        #expect(inactive.stderr.contains("InvalidClientTokenId"))
        #expect(lab.run(["iam", "delete-access-key", "--access-key-id", keyID]).exitCode == .success)
        #expect(!lab.run(["iam", "list-access-keys"]).stdout.contains(keyID))
    }
}
