import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Issue #12's fail-open report, as the user made it: a user's Deny policy whose last `}` was
/// removed by hand in the store must stop bob's request with the file, line and column, not let
/// it through as if the policy were absent.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
@Suite(.serialized) struct UnreadablePolicyCLITests {
    @Test func aHandBrokenDenyPolicyStopsTheRequestNamingTheFile() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let admin = ["--account", "123456789012"]
        #expect(lab.run(admin + ["iam", "attach-user-policy", "--user-name", "bob", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess"]).exitCode == .success)
        let deny = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"}]}"#
        #expect(lab.run(admin + ["iam", "put-user-policy", "--user-name", "bob", "--policy-name", "no-users", "--policy-document", deny]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(admin + ["iam", "create-access-key", "--user-name", "bob"]).stdout)
        let key = try #require(created["AccessKey"] as? [String: Any])
        let bob = ["AWS_ACCESS_KEY_ID": key["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"] as? String ?? ""]

        let file = lab.path + "/123456789012/user/bob.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(#"]}""#))
        try text.replacingOccurrences(of: #"]}""#, with: #"]""#).write(toFile: file, atomically: true, encoding: .utf8)

        let refused = lab.run(["iam", "create-user", "--user-name", "mallory"], bob)
        #expect(refused.exitCode == .serviceError, "\(refused.stdout)")
        #expect(refused.stderr.contains("An error occurred (ServiceFailure) when calling the CreateUser operation: The inline policy \"no-users\" of user bob (lab record 123456789012/user/bob) cannot be read: line 1, column "),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("File: \(file)"))
        #expect(lab.run(admin + ["iam", "get-user", "--user-name", "mallory"]).exitCode == .serviceError)
    }
}
