import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// generate-credential-report, get-credential-report and get-account-authorization-details
/// through the CLI on the demo lab, as the AWS CLI prints them.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
@Suite(.serialized) struct ReportsCLITests {
    static let development = ["--account", "123456789012"]

    @Test func credentialReportAsTheAWSCLIPrintsIt() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let missing = lab.run(Self.development + ["iam", "get-credential-report"])
        #expect(missing.exitCode == .serviceError)
        #expect(missing.stderr == "\nAn error occurred (ReportNotPresent) when calling the GetCredentialReport operation: Unknown\n")
        let started = lab.run(Self.development + ["iam", "generate-credential-report"])
        #expect(started.stdout == "{\n    \"State\": \"STARTED\",\n    \"Description\": \"No report exists. Starting a new report generation task\"\n}\n")
        let complete = lab.run(Self.development + ["iam", "generate-credential-report"])
        #expect(complete.stdout == "{\n    \"State\": \"COMPLETE\"\n}\n")
        let report = TemporaryLab.json(lab.run(Self.development + ["iam", "get-credential-report"]).stdout)
        #expect(report["ReportFormat"] as? String == "text/csv")
        #expect(report["GeneratedTime"] as? String == Timestamp(secondsSince1970: 1_764_400_000).awsCLI)
        let content = try #require(report["Content"] as? String)
        let csv = String(decoding: try #require(Data(base64Encoded: content)), as: UTF8.self)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("user,arn,user_creation_time,password_enabled,"))
        #expect(lines[1].hasPrefix("<root_account>,arn:aws:iam::123456789012:root,"))
        // alice has the demo's MFA device.
        #expect(lines[2].split(separator: ",", omittingEmptySubsequences: false)[7] == "true")
        #expect(lines[3].hasPrefix("bob,arn:aws:iam::123456789012:user/bob,"))
        // The shell idiom of the AWS docs: --output text --query Content | base64 --decode.
        let text = lab.run(Self.development + ["iam", "get-credential-report", "--query", "Content", "--output", "text"])
        #expect(text.stdout == content + "\n")
    }

    @Test func authorizationDetailsFilteredAndPaged() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let all = TemporaryLab.json(lab.run(Self.development + ["iam", "get-account-authorization-details"]).stdout)
        let users = try #require(all["UserDetailList"] as? [[String: Any]])
        #expect(users.map { $0["UserName"] as? String } == ["alice", "bob"])
        #expect(users.first?["GroupList"] as? [String] == ["Developers"])
        #expect((all["GroupDetailList"] as? [[String: Any]])?.first?["GroupName"] as? String == "Developers")
        // Paged by the CLI: the output has no IsTruncated, as the AWS CLI prints a paginated result.
        #expect(all["IsTruncated"] == nil)
        let production = TemporaryLab.json(lab.run(["iam", "get-account-authorization-details", "--filter", "LocalManagedPolicy"]).stdout)
        let policy = try #require((production["Policies"] as? [[String: Any]])?.first)
        #expect(policy["PolicyName"] as? String == "PolicyForRole")
        let version = try #require((policy["PolicyVersionList"] as? [[String: Any]])?.first)
        #expect(version["IsDefaultVersion"] as? Bool == true && version["VersionId"] as? String == "v1")
        // The AWS CLI prints documents decoded, as for get-policy-version.
        #expect((version["Document"] as? [String: Any])?["Version"] as? String == "2012-10-17")
        #expect((production["UserDetailList"] as? [Any])?.isEmpty == true)
        let first = TemporaryLab.json(lab.run(Self.development + ["iam", "get-account-authorization-details", "--max-items", "1"]).stdout)
        #expect((first["UserDetailList"] as? [[String: Any]])?.count == 1)
        let token = try #require(first["NextToken"] as? String)
        let rest = TemporaryLab.json(lab.run(Self.development + ["iam", "get-account-authorization-details", "--starting-token", token]).stdout)
        #expect((rest["UserDetailList"] as? [[String: Any]])?.map { $0["UserName"] as? String } == ["bob"])
        let bad = lab.run(["iam", "get-account-authorization-details", "--filter", "Users"])
        #expect(bad.stderr.contains("(ValidationError) when calling the GetAccountAuthorizationDetails operation: 1 validation error detected: "
            + "Value '[Users]' at 'filter' failed to satisfy constraint"), "\(bad.stderr)")
    }
}
