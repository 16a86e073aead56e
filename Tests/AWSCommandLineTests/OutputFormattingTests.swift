@testable import AWSCommandLine
import IAMPolicy
import Testing

/// Output as the AWS CLI prints it (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html);
/// expected texts were produced by the AWS CLI's own formatters.
@Suite struct OutputFormattingTests {
    static let cases: [(response: String, title: String, text: String, table: String)] = [
        (AWSCLIReference.getroleResponse, "GetRole", AWSCLIReference.getroleText, AWSCLIReference.getroleTable),
        (AWSCLIReference.listrolesResponse, "ListRoles", AWSCLIReference.listrolesText, AWSCLIReference.listrolesTable),
        (AWSCLIReference.identResponse, "GetCallerIdentity", AWSCLIReference.identText, AWSCLIReference.identTable),
        (AWSCLIReference.simResponse, "SimulateCustomPolicy", AWSCLIReference.simText, AWSCLIReference.simTable),
    ]

    @Test(arguments: 0..<4)
    func textMatchesTheAWSCLI(_ index: Int) throws {
        let value = try JSONParser.parse(Self.cases[index].response)
        #expect(TextFormatter.format(value) == Self.cases[index].text + "\n")
    }

    @Test(arguments: 0..<4)
    func tableMatchesTheAWSCLI(_ index: Int) throws {
        let value = try JSONParser.parse(Self.cases[index].response)
        #expect(try TableFormatter.format(value, title: Self.cases[index].title) == Self.cases[index].table + "\n")
    }

    @Test func jsonKeepsKeyOrderWithFourSpaces() {
        let backend = RecordingBackend()
        backend.responses["GetCallerIdentity"] = [["UserId": "AIDA", "Account": "123456789012", "Arn": "arn:aws:iam::123456789012:root"]]
        let (result, _) = runCLI(["sts", "get-caller-identity"], backend: backend)
        #expect(result.stdout == """
            {
                "UserId": "AIDA",
                "Account": "123456789012",
                "Arn": "arn:aws:iam::123456789012:root"
            }

            """)
    }

    @Test func emptyResponsesPrintNothing() {
        let (result, _) = runCLI(["iam", "attach-role-policy", "--role-name", "R", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"])
        #expect(result.exitCode == .success)
        #expect(result.stdout.isEmpty)
    }
}
