import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Issue #12's report, run as the user ran it: in the demo lab, after the development
/// administrator attaches AdministratorAccess to bob, bob's access key must not reach
/// production's IAM policy; `--explain` shows the context and bob's escalation paths.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html
@Suite(.serialized) struct AccountIsolationCLITests {
    static let policy = "arn:aws:iam::111122223333:policy/PolicyForRole"

    @Test func bobsKeyCannotTouchProductionsPolicy() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        #expect(lab.run(["--account", "123456789012", "iam", "attach-user-policy", "--user-name", "bob",
                         "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess"]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"]).stdout)
        let key = try #require(created["AccessKey"] as? [String: Any])
        let bob = ["AWS_ACCESS_KEY_ID": key["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"] as? String ?? ""]
        let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
        let attempts: [(String, [String])] = [
            ("CreatePolicyVersion", ["iam", "create-policy-version", "--policy-arn", Self.policy, "--policy-document", document, "--set-as-default"]),
            ("DeletePolicyVersion", ["iam", "delete-policy-version", "--policy-arn", Self.policy, "--version-id", "v1"]),
            ("DeletePolicy", ["iam", "delete-policy", "--policy-arn", Self.policy]),
            ("GetPolicy", ["iam", "get-policy", "--policy-arn", Self.policy]),
            ("TagPolicy", ["iam", "tag-policy", "--policy-arn", Self.policy, "--tags", "Key=owner,Value=bob"]),
        ]
        for (operation, arguments) in attempts {
            let result = lab.run(arguments, bob)
            #expect(result.exitCode == .serviceError, "\(operation): \(result.stdout)")
            let action = "iam:" + operation
            #expect(result.stderr == "\nAn error occurred (AccessDenied) when calling the \(operation) operation: User: arn:aws:iam::123456789012:user/bob "
                + "is not authorized to perform: \(action) on resource: \(Self.policy) because no resource-based policy allows the \(action) action\n",
                "\(operation)")
        }
        let production = TemporaryLab.json(lab.run(["--account", "111122223333", "iam", "get-policy", "--policy-arn", Self.policy]).stdout)
        #expect((production["Policy"] as? [String: Any])?["DefaultVersionId"] as? String == "v1")

        let explained = lab.run(["iam", "get-policy", "--policy-arn", Self.policy, "--explain"], bob)
        #expect(explained.stderr.contains("Request context:\n  aws:CurrentTime: "), "\(explained.stderr)")
        #expect(explained.stderr.contains("  aws:PrincipalArn: arn:aws:iam::123456789012:user/bob\n"))
        #expect(explained.stderr.contains("Privilege-escalation findings for this caller:\n"))
        #expect(explained.stderr.contains("bob can make himself an administrator: iam:PutUserPolicy on himself"))
    }
}
