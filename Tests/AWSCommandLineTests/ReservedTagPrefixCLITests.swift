import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `--tags` with a key or value that begins with `aws:` fails as AWS refuses it, with the AWS
/// CLI's error line, and stores nothing.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
@Suite(.serialized) struct ReservedTagPrefixCLITests {
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
    static let reason = "You cannot create a tag key or value that begins with the text aws:. This tag prefix is reserved for AWS internal use."

    static func refusal(_ operation: String) -> String {
        "\nAn error occurred (InvalidInput) when calling the \(operation) operation: \(reason)\n"
    }

    @Test func createAndTagCommandsRefuseTheReservedPrefix() {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let createRole = lab.run(["iam", "create-role", "--role-name", "Tagged", "--assume-role-policy-document", Self.trust,
                                  "--tags", "Key=team,Value=blue", "Key=aws:cloudformation:stack-name,Value=x"])
        #expect(createRole.exitCode == .serviceError)
        #expect(createRole.stderr == Self.refusal("CreateRole"), "\(createRole.stderr)")
        #expect(lab.run(["iam", "get-role", "--role-name", "Tagged"]).exitCode == .serviceError, "the refused create-role stored a role")

        let createUser = lab.run(["iam", "create-user", "--user-name", "carol", "--tags", "Key=AWS:Team,Value=blue"])
        #expect(createUser.stderr == Self.refusal("CreateUser"), "\(createUser.stderr)")
        #expect(lab.run(["iam", "get-user", "--user-name", "carol"]).exitCode == .serviceError, "the refused create-user stored a user")

        #expect(lab.run(["iam", "create-role", "--role-name", "Plain", "--assume-role-policy-document", Self.trust]).exitCode == .success)
        #expect(lab.run(["iam", "create-user", "--user-name", "dave"]).exitCode == .success)
        let tagRole = lab.run(["iam", "tag-role", "--role-name", "Plain", "--tags", "Key=team,Value=aws:blue"])
        #expect(tagRole.stderr == Self.refusal("TagRole"), "\(tagRole.stderr)")
        let tagUser = lab.run(["iam", "tag-user", "--user-name", "dave", "--tags", "Key=aws:team,Value=blue"])
        #expect(tagUser.stderr == Self.refusal("TagUser"), "\(tagUser.stderr)")
        #expect(lab.run(["iam", "list-role-tags", "--role-name", "Plain", "--query", "length(Tags)"]).stdout == "0\n")
        #expect(lab.run(["iam", "list-user-tags", "--user-name", "dave", "--query", "length(Tags)"]).stdout == "0\n")
    }
}
