import AWSCommandLine
import Foundation
import Testing

/// Help pages: OUTPUT for every IAM and STS operation from the model's output shape, EXAMPLES
/// for every operation the built-in exercises and their tests run.
@Suite struct HelpSnapshotTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The OUTPUT section of get-role, nested members and all, exactly (the model's text keeps
    /// its no-break space in "in ISO 8601").
    @Test func getRoleOutputSectionComesFromTheModel() throws {
        let page = runCLI(["iam", "get-role", "help"]).0.stdout
        let output = try #require(page.range(of: "OUTPUT\n")).lowerBound
        #expect(String(page[output...]) == """
            OUTPUT
                   Role -> (structure)
                      A structure containing details about the IAM role.

                      Path -> (string)
                         The path to the role.

                      RoleName -> (string)
                         The friendly name that identifies the role.

                      RoleId -> (string)
                         The stable and unique string identifying the role.

                      Arn -> (string)
                         The Amazon Resource Name (ARN) specifying the role.

                      CreateDate -> (timestamp)
                         The date and time, in ISO 8601 date-time format, when the role was created.

                      AssumeRolePolicyDocument -> (string)
                         The policy that grants an entity permission to assume the role.

                      Description -> (string)
                         A description of the role that you provide.

                      MaxSessionDuration -> (integer)
                         The maximum session duration (in seconds) for the specified role.

                      PermissionsBoundary -> (structure)
                         The ARN of the policy used to set the permissions boundary for the role.

                         PermissionsBoundaryType -> (string)
                            The permissions boundary usage type that indicates what type of IAM resource is used as the permissions boundary for an entity.

                         PermissionsBoundaryArn -> (string)
                            The ARN of the policy used to set the permissions boundary for the user or role.

                      Tags -> (list)
                         A list of tags that are attached to the role.

                         Key -> (string)
                            The key name that can be used to look up or retrieve the associated value.

                         Value -> (string)
                            The value associated with this tag.

                      RoleLastUsed -> (structure)
                         Contains information about the last time that an IAM role was used.

                         LastUsedDate -> (timestamp)
                            The date and time, in\u{A0}ISO 8601 date-time format that the role was last used.

                         Region -> (string)
                            The name of the Amazon Web Services Region in which the role was last used.


            """)
    }

    @Test func operationsWithoutOutputSayNone() {
        let page = runCLI(["iam", "delete-role", "help"]).0.stdout
        #expect(page.hasSuffix("OUTPUT\n       None\n"))
    }

    /// The credential-report and authorization-details operations return something: their
    /// OUTPUT lists botocore's output members (the committed model had lost their output shapes).
    @Test func reportOperationsListTheirOutputMembers() {
        let report = runCLI(["iam", "get-credential-report", "help"]).0.stdout
        #expect(report.contains("OUTPUT\n       Content -> (blob)\n"), "\(report.suffix(300))")
        #expect(report.contains("       GeneratedTime -> (timestamp)\n"))
        let generate = runCLI(["iam", "generate-credential-report", "help"]).0.stdout
        #expect(generate.contains("OUTPUT\n       State -> (string)\n"))
        let details = runCLI(["iam", "get-account-authorization-details", "help"]).0.stdout
        #expect(details.contains("OUTPUT\n       UserDetailList -> (list)\n"))
        // The stubbed responses now have a shape: what aws-cli 1.45.11 / botocore 1.43.11 print.
        let stubbed = runCLI(["iam", "generate-credential-report", "--generate-cli-skeleton", "output"]).0
        #expect(stubbed.stdout == "{\n    \"State\": \"State\",\n    \"Description\": \"Description\"\n}\n", "\(stubbed.stderr)")
        let blob = runCLI(["iam", "get-credential-report", "--generate-cli-skeleton", "output"]).0
        #expect(blob.stderr == "\nParameter validation failed:\nInvalid type for parameter Content, value: None, type: <class 'NoneType'>, "
            + "valid types: <class 'bytes'>, <class 'bytearray'>, file-like object\n")
    }

    @Test func everyIAMAndSTSOperationHasAnOutputSection() {
        for operation in OperationTable.operations(of: .iam) + OperationTable.operations(of: .sts) {
            let page = HelpText.operation(operation)
            #expect(page.contains("\nOUTPUT\n"), "\(operation.cliName)")
        }
    }

    /// Every `iam X` / `sts X` an exercise or its tests run has EXAMPLES.
    @Test func everyOperationTheExercisesRunHasExamples() throws {
        var used: Set<String> = []
        for folder in ["Sources/Exercises", "Tests/ExercisesTests", "Tests/EndToEndTests"] {
            let root = Self.packageRoot.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") || file.hasSuffix(".sh") {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                for match in text.matches(of: /(iam|sts)"?,? "?([a-z]+(?:-[a-z]+)+)/) {
                    used.insert("\(match.output.1) \(match.output.2)")
                }
            }
        }
        var checked = 0
        for entry in used.sorted() {
            let parts = entry.split(separator: " ").map(String.init)
            guard let service = ServiceName(rawValue: parts[0]),
                  let operation = OperationTable.operation(service, cliName: parts[1]) else { continue }
            checked += 1
            #expect(HelpText.operation(operation).contains("\nEXAMPLES\n"), "\(entry) has no EXAMPLES")
        }
        #expect(checked >= 30, "found \(checked) operations the exercises use")
        for required in ["create-user", "delete-user", "put-group-policy", "add-user-to-group", "put-role-permissions-boundary",
                         "simulate-principal-policy", "create-policy", "delete-login-profile"] {
            let operation = try #require(OperationTable.operation(.iam, cliName: required))
            #expect(HelpText.operation(operation).contains("\nEXAMPLES\n"), "\(required)")
        }
    }
}
