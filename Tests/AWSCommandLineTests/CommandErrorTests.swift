import AWSCommandLine
import IAMPolicy
import Testing

/// Errors as the AWS CLI prints them, with AWS CLI v2 exit codes
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-returncodes.html).
@Suite struct CommandErrorTests {
    static let usage = """
        usage: rolecall [options] <command> <subcommand> [<subcommand> ...] [parameters]
        To see help text, you can run:

          rolecall help
          rolecall <command> help
          rolecall <command> <subcommand> help


        """

    @Test func missingRequiredFlagsAreArgparseErrors() {
        let (result, backend) = runCLI(["iam", "create-role", "--role-name", "R"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == Self.usage + "rolecall: error: the following arguments are required: --assume-role-policy-document\n")
        #expect(backend.calls.isEmpty)
    }

    @Test func unknownFlagsAndWordsAreUnknownOptions() {
        let (result, _) = runCLI(["iam", "get-role", "--role-name", "R", "--rolename", "x"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == Self.usage + "Unknown options: --rolename, x\n")
    }

    @Test func unknownOperationsListTheChoicesAndCloseMatches() {
        let (result, _) = runCLI(["iam", "create-rolee"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasPrefix(Self.usage + "rolecall: error: argument operation: Invalid choice, valid choices are:\n\ncreate-role"))
        #expect(result.stderr.hasSuffix("Invalid choice: 'create-rolee', maybe you meant:\n\n  * create-role\n"))
    }

    @Test func flagWithoutValueExpectsOneArgument() {
        let (result, _) = runCLI(["iam", "get-role", "--role-name"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasSuffix("rolecall: error: argument --role-name: expected one argument\n"))
    }

    @Test func cliInputJSONDefersRequiredChecksToBotocoreValidation() {
        let (result, _) = runCLI(["iam", "create-role", "--cli-input-json", #"{"RoleName": ""}"#])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == """

            Parameter validation failed:
            Missing required parameter in input: "AssumeRolePolicyDocument"
            Invalid length for parameter RoleName, value: 0, valid min length: 1

            """)
    }

    @Test func unknownAndMistypedMembersAreReportedAsBotocoreDoes() {
        let (result, _) = runCLI(["iam", "get-role", "--cli-input-json", #"{"RoleName": 5, "Nope": 1}"#])
        #expect(result.stderr == """

            Parameter validation failed:
            Unknown parameter in input: "Nope", must be one of: RoleName
            Invalid type for parameter RoleName, value: 5, type: <class 'int'>, valid types: <class 'str'>

            """)
    }

    @Test func malformedJSONInAStructuredFlag() {
        let (result, _) = runCLI(["iam", "tag-role", "--role-name", "R", "--tags", "[{\"Key\": }]"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == "\nError parsing parameter '--tags': Invalid JSON: Expecting value: line 1 column 10 (char 9)\nJSON received: [{\"Key\": }]\n")
    }

    @Test func malformedCLIInputJSON() {
        let (result, _) = runCLI(["iam", "get-role", "--cli-input-json", "{"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasPrefix("\nError parsing parameter '--cli-input-json': Invalid JSON: Expecting property name enclosed in double quotes"))
    }

    @Test func notAnIntegerIsPythonsValueError() {
        let (result, _) = runCLI(["sts", "get-session-token", "--duration-seconds", "abc"])
        #expect(result.exitCode == .other)
        #expect(result.stderr == "\ninvalid literal for int() with base 10: 'abc'\n")
    }

    @Test func shorthandSyntaxErrorsPointAtTheProblem() {
        let (result, _) = runCLI(["iam", "tag-role", "--role-name", "R", "--tags", "Key"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == "\nError parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nKey\n   ^\n")
    }

    @Test func serviceErrorsAreExitCode254WithAWSsSentence() {
        let backend = RecordingBackend()
        backend.failure = .service(ServiceFailure(code: "EntityAlreadyExists", message: "Role with name X already exists.", httpStatus: 409), operation: "CreateRole")
        let (result, _) = runCLI(["iam", "create-role", "--role-name", "X", "--assume-role-policy-document", "{}"], backend: backend)
        #expect(result.exitCode == .serviceError)
        #expect(result.stderr == "\nAn error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name X already exists.\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func explainAppendsTheTraceOnlyWhenAsked() {
        let backend = RecordingBackend()
        backend.failure = .service(ServiceFailure(code: "AccessDenied", message: "denied", httpStatus: 403, explanation: "no statement allows sts:AssumeRole"), operation: "AssumeRole")
        let arguments = ["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/R", "--role-session-name", "s1"]
        #expect(!runCLI(arguments, backend: backend).0.stderr.contains("no statement"))
        #expect(runCLI(arguments + ["--explain"], backend: backend).0.stderr.contains("no statement allows sts:AssumeRole"))
    }

    @Test func invalidOutputFormat() {
        let (result, _) = runCLI(["iam", "list-roles", "--output", "xml"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("rolecall: error: argument --output: Invalid choice, valid choices are:"))
    }
}
