import AWSCommandLine
import IAMPolicy
import Testing

/// The AWS CLI's command-line grammar: https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters.html
/// and https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html (global options).
@Suite struct ArgumentParsingTests {
    @Test(arguments: [
        ["--output", "text", "iam", "get-role", "--role-name", "R"],
        ["iam", "--output", "text", "get-role", "--role-name", "R"],
        ["iam", "get-role", "--output", "text", "--role-name", "R"],
        ["iam", "get-role", "--role-name", "R", "--output=text", "--region", "us-west-2", "--no-cli-pager"],
    ])
    func globalOptionsGoAnywhereOnTheLine(_ arguments: [String]) {
        let (result, backend) = runCLI(arguments)
        #expect(result.exitCode == .success)
        #expect(backend.calls.first?.operation == "GetRole")
        #expect(backend.calls.first?.parameters["RoleName"] == "R")
    }

    @Test func fileArgumentsAreReadRelativeOrAbsolute() {
        let files = ["trust.json": seedTrustPolicy, "/home/trainee/p.json": "{}"]
        let (result, backend) = runCLI(["iam", "create-role", "--role-name", "Test-UserAccess-Role",
                                        "--assume-role-policy-document", "file://trust.json", "--description", "file://~/p.json"], files: files)
        #expect(result.exitCode == .success)
        #expect(backend.calls.first?.parameters["AssumeRolePolicyDocument"] == .string(seedTrustPolicy))
        #expect(backend.calls.first?.parameters["Description"] == "{}")
    }

    @Test func theSeedsWindowsPathGivesUnableToLoadParamfile() {
        let (result, backend) = runCLI(["iam", "put-role-policy", "--role-name", "Test-UserAccess-Role", "--policy-name", "Perms",
                                        "--policy-document", #"file://C:\policies\permspolicyforacct111122223333.json"#])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == #"""

            Error parsing parameter '--policy-document': Unable to load paramfile file://C:\policies\permspolicyforacct111122223333.json: [Errno 2] No such file or directory: 'C:\\policies\\permspolicyforacct111122223333.json'

            """#)
        #expect(backend.calls.isEmpty)
    }

    @Test func shorthandBuildsContextEntriesWithTheModelsTypes() {
        let (result, backend) = runCLI(["iam", "simulate-custom-policy", "--policy-input-list", "{}", "--action-names", "s3:ListBucket",
                                        "--context-entries", "ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues=true,ContextKeyType=boolean"])
        #expect(result.exitCode == .success)
        let entries = backend.calls.first?.parameters["ContextEntries"]
        #expect(entries == [["ContextKeyName": "aws:MultiFactorAuthPresent", "ContextKeyValues": ["true"], "ContextKeyType": "boolean"]])
        #expect(backend.calls.first?.parameters["ActionNames"] == ["s3:ListBucket"])
    }

    @Test func listOfStructuresTakesOneShorthandPerWord() {
        let (_, backend) = runCLI(["iam", "tag-role", "--role-name", "R", "--tags", "Key=a,Value=b", "Key=c,Value=d"])
        #expect(backend.calls.first?.parameters["Tags"] == [["Key": "a", "Value": "b"], ["Key": "c", "Value": "d"]])
    }

    @Test func shorthandListsAndJSONAreAlternatives() {
        let (_, shorthand) = runCLI(["iam", "simulate-custom-policy", "--policy-input-list", "{}", "--action-names", "a:b",
                                     "--context-entries", "ContextKeyName=aws:Tag,ContextKeyValues=1,2,ContextKeyType=numericList"])
        #expect(shorthand.calls.first?.parameters["ContextEntries"]?[0]?["ContextKeyValues"] == ["1", "2"])
        let (_, json) = runCLI(["iam", "tag-role", "--role-name", "R", "--tags", #"[{"Key":"a","Value":"b"}]"#])
        #expect(json.calls.first?.parameters["Tags"] == [["Key": "a", "Value": "b"]])
    }

    @Test func integersAndBooleanFlagsAreConverted() {
        let (_, backend) = runCLI(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/R", "--role-session-name", "s1",
                                   "--duration-seconds", "900"])
        #expect(backend.calls.first?.parameters["DurationSeconds"] == 900)
        let (_, flags) = runCLI(["iam", "create-policy-version", "--policy-arn", "arn:aws:iam::111122223333:policy/P",
                                 "--policy-document", "{}", "--no-set-as-default"])
        #expect(flags.calls.first?.parameters["SetAsDefault"] == false)
    }

    @Test func cliInputJSONTakesAPINamesAndTheCommandLineWins() {
        let files = ["in.json": #"{"RoleName": "FromFile", "AssumeRolePolicyDocument": "{}", "MaxSessionDuration": 7200}"#]
        let (result, backend) = runCLI(["iam", "create-role", "--cli-input-json", "file://in.json", "--role-name", "FromFlag"], files: files)
        #expect(result.exitCode == .success)
        let parameters = backend.calls.first?.parameters
        #expect(parameters?["RoleName"] == "FromFlag")
        #expect(parameters?["MaxSessionDuration"] == 7200)
        let (inline, inlineBackend) = runCLI(["iam", "get-role", "--cli-input-json", #"{"RoleName":"X"}"#])
        #expect(inline.exitCode == .success)
        #expect(inlineBackend.calls.first?.parameters["RoleName"] == "X")
    }

    @Test func paginatedListsAreJoinedAndPagingMembersDropped() {
        let backend = RecordingBackend()
        backend.responses["ListRoles"] = [
            ["Roles": [["RoleName": "a"]], "IsTruncated": true, "Marker": "m1"],
            ["Roles": [["RoleName": "b"]], "IsTruncated": false],
        ]
        let (result, _) = runCLI(["iam", "list-roles"], backend: backend)
        #expect(result.stdout == "{\n    \"Roles\": [\n        {\n            \"RoleName\": \"a\"\n        },\n        {\n            \"RoleName\": \"b\"\n        }\n    ]\n}\n")
        #expect(backend.calls.count == 2)
        #expect(backend.calls.last?.parameters["Marker"] == "m1")
    }

    @Test func maxItemsStopsEarlyWithANextTokenThatResumes() {
        let backend = RecordingBackend()
        backend.responses["ListRoles"] = [["Roles": [["RoleName": "a"], ["RoleName": "b"]], "IsTruncated": false]]
        let (result, _) = runCLI(["iam", "list-roles", "--max-items", "1", "--output", "text"], backend: backend)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "ROLES\ta")
        #expect(lines.last?.hasPrefix("NEXTTOKEN\t") == true || lines.count == 2)
    }
}

extension ArgumentParsingTests {
    @Test func generateCLISkeletonPrintsTheInputTemplate() {
        let (result, backend) = runCLI(["iam", "get-role", "--generate-cli-skeleton"])
        #expect(result.stdout == "{\n    \"RoleName\": \"\"\n}\n")
        #expect(backend.calls.isEmpty)
    }

    @Test func startingTokenResumesWhereMaxItemsStopped() {
        let backend = RecordingBackend()
        let page: JSONValue = ["Roles": [["RoleName": "a"], ["RoleName": "b"], ["RoleName": "c"]], "IsTruncated": false]
        backend.responses["ListRoles"] = [page, page]
        let (first, _) = runCLI(["iam", "list-roles", "--max-items", "2"], backend: backend)
        let token = (try? JSONParser.parse(first.stdout))?["NextToken"]?.stringValue ?? ""
        #expect(!token.isEmpty)
        let (second, _) = runCLI(["iam", "list-roles", "--starting-token", token, "--output", "text"], backend: backend)
        #expect(second.stdout == "ROLES\tc\n")
    }

    @Test func labAndConsoleCommandsParseLikeOperations() {
        let (result, backend) = runCLI(["lab", "add-account", "--account-id", "444455556666", "--alias", "sandbox"])
        #expect(result.exitCode == .success)
        #expect(backend.calls.first?.operation == "LabAddAccount")
        #expect(backend.calls.first?.parameters["Alias"] == "sandbox")
        let (short, _) = runCLI(["lab", "add-account", "--account-id", "123"])
        #expect(short.stderr.contains("Invalid length for parameter AccountId, value: 3, valid min length: 12"))
    }
}
