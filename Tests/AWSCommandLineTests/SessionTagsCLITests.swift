import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `rolecall sts assume-role --tags … --transitive-tag-keys … --source-identity …` on a real
/// (temporary) lab store, as in AWS's example request; `--explain` names the refused action.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_adding-assume-role
/// https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html
@Suite(.serialized) struct SessionTagsCLITests {
    typealias Lab = TemporaryLab

    static func json(_ text: String) -> [String: Any] { TemporaryLab.json(text) }

    static func trust(_ actions: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":[\#(actions)]}]}"#
    }

    /// The demo lab with roles Tagged (trust allows tagging and source identity) and Plain
    /// (AssumeRole only), and bob's access keys, with his policy allowing all three actions.
    static func prepared() throws -> (Lab, [String: String]) {
        let lab = Lab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let all = #""sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity""#
        #expect(lab.run(["iam", "create-role", "--role-name", "Tagged", "--assume-role-policy-document", trust(all)]).exitCode == .success)
        #expect(lab.run(["iam", "create-role", "--role-name", "Plain", "--assume-role-policy-document", trust(#""sts:AssumeRole""#)]).exitCode == .success)
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\#(all)],"Resource":"*"}]}"#
        #expect(lab.run(["--account", "123456789012", "iam", "put-user-policy", "--user-name", "bob", "--policy-name", "assume",
                         "--policy-document", policy]).exitCode == .success)
        let created = json(lab.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"]).stdout)
        let key = try #require(created["AccessKey"] as? [String: Any])
        let bob = ["AWS_ACCESS_KEY_ID": key["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"] as? String ?? ""]
        return (lab, bob)
    }

    @Test func assumeRoleWithTagsTransitiveKeysAndSourceIdentity() throws {
        let (lab, bob) = try Self.prepared()
        let result = lab.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Tagged", "--role-session-name", "s1",
                              "--tags", "Key=team,Value=blue", "--transitive-tag-keys", "team", "--source-identity", "alice"], bob)
        #expect(result.exitCode == .success, "\(result.stderr)")
        let output = Self.json(result.stdout)
        #expect(output["SourceIdentity"] as? String == "alice")
        #expect(output["PackedPolicySize"] as? Int == 1)
        let credentials = try #require(output["Credentials"] as? [String: Any])
        let session = ["AWS_ACCESS_KEY_ID": credentials["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": credentials["SecretAccessKey"] as? String ?? "",
                       "AWS_SESSION_TOKEN": credentials["SessionToken"] as? String ?? ""]
        let identity = lab.run(["sts", "get-caller-identity", "--output", "text"], session)
        #expect(identity.exitCode == .success, "\(identity.stderr)")
        let fields = identity.stdout.trimmingCharacters(in: .newlines).split(separator: "\t").map(String.init)
        #expect(fields.count == 3)
        #expect(fields.first == "111122223333")
        #expect(fields.dropFirst().first == "arn:aws:sts::111122223333:assumed-role/Tagged/s1")
        #expect(fields.last?.hasPrefix("AROA") == true && fields.last?.hasSuffix(":s1") == true)
    }

    @Test func aRefusedTaggedAssumeRoleNamesTagSession() throws {
        let (lab, bob) = try Self.prepared()
        let arguments = ["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Plain", "--role-session-name", "s1",
                         "--tags", "Key=team,Value=blue"]
        let refused = lab.run(arguments, bob)
        #expect(refused.exitCode == .serviceError)
        #expect(refused.stderr == "\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/bob "
            + "is not authorized to perform: sts:TagSession on resource: arn:aws:iam::111122223333:role/Plain\n")
        let explained = lab.run(arguments + ["--explain"], bob)
        #expect(explained.stderr.contains("Why (rolecall --explain):\nRefused action: sts:TagSession\nDecision: "))
        // Without tags the same role is fine: Switch Role and plain AssumeRole need no TagSession.
        #expect(lab.run(Array(arguments.dropLast(2)), bob).exitCode == .success)
    }

    @Test func aTransitiveKeyThatIsNotATagIsInvalidParameterValue() throws {
        let (lab, bob) = try Self.prepared()
        let result = lab.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Tagged", "--role-session-name", "s1",
                              "--tags", "Key=team,Value=blue", "--transitive-tag-keys", "project"], bob)
        #expect(result.exitCode == .serviceError)
        #expect(result.stderr == "\nAn error occurred (InvalidParameterValue) when calling the AssumeRole operation: "
            + "The specified transitive tag key must be included in the requested tags.\n")
    }
}
