import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `rolecall sts assume-role --explain` on a role whose tag does not match the caller's ABAC
/// policy: the trace shows the `aws:ResourceTag/<key>` condition with the role's tag value.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_attribute-based-access-control.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html
@Suite(.serialized) struct ABACCLITests {
    @Test func explainShowsTheResourceTagCondition() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        for (name, team) in [("Blue", "blue"), ("Red", "red")] {
            let created = lab.run(["iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust, "--tags", "Key=team,Value=\(team)"])
            #expect(created.exitCode == .success, "\(created.stderr)")
        }
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"blue"}}}]}"#
        #expect(lab.run(["--account", "123456789012", "iam", "put-user-policy", "--user-name", "bob", "--policy-name", "abac",
                         "--policy-document", policy]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"]).stdout)
        let key = try #require(created["AccessKey"] as? [String: Any])
        let bob = ["AWS_ACCESS_KEY_ID": key["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"] as? String ?? ""]

        let allowed = lab.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Blue", "--role-session-name", "s1"], bob)
        #expect(allowed.exitCode == .success, "\(allowed.stderr)")
        let refused = lab.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Red", "--role-session-name", "s1", "--explain"], bob)
        #expect(refused.exitCode == .serviceError)
        #expect(refused.stderr.hasPrefix("\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/bob "
            + "is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Red\n"))
        #expect(refused.stderr.contains("StringEquals aws:ResourceTag/team policy [blue] context [red]: false"), "\(refused.stderr)")
    }
}
