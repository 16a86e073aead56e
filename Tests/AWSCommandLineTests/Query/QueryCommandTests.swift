@testable import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `--query` on real commands against a lab on disk, as the AWS CLI applies it
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html): the expression
/// runs on the response before `--output` formats it (json and table: all pages joined; text:
/// page by page, as the AWS CLI warns); a bad expression is
/// awscli's `Bad value for --query` (awscli/customizations/globalargs.py) with exit 252.
@Suite struct QueryCommandTests {
    /// One lab for the whole suite (every test only reads it): its directory, or the
    /// setup's failure.
    static let shared: (directory: String?, failure: String?) = {
        do {
            let lab = try QueryLab(directory: nil)
            QueryLab.removeAtExit(lab.directory.path)
            for role in ["Admin", "DevOps", "Dev-Reader"] {
                try lab.mustRun(["iam", "create-role", "--role-name", role, "--assume-role-policy-document", seedTrustPolicy])
            }
            for user in ["zed", "amy", "bob"] {
                try lab.mustRun(["iam", "create-user", "--user-name", user])
            }
            return (lab.directory.path, nil)
        } catch {
            return (nil, "\(error)")
        }
    }()

    let lab: QueryLab

    init() throws {
        let directory = try #require(Self.shared.directory, "lab setup: \(Self.shared.failure ?? "")")
        lab = try QueryLab(directory: directory)
    }

    /// The brief's and the AWS CLI user guide's everyday queries, in each output format.
    static let outputs: [(arguments: [String], stdout: String)] = [
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Arn", "--output", "text"], "arn:aws:iam::111122223333:role/Admin\n"),
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Arn"], "\"arn:aws:iam::111122223333:role/Admin\"\n"),
        (["sts", "get-caller-identity", "--query", "Account", "--output", "text"], "111122223333\n"),
        (["iam", "list-roles", "--query", "length(Roles)"], "3\n"),
        (["iam", "list-roles", "--query", "Roles[].RoleName", "--output", "text"], "Admin\tDev-Reader\tDevOps\n"),
        (["iam", "list-roles", "--query", "Roles[?starts_with(RoleName, `Dev`)].[RoleName, Arn]", "--output", "text"],
         "Dev-Reader\tarn:aws:iam::111122223333:role/Dev-Reader\nDevOps\tarn:aws:iam::111122223333:role/DevOps\n"),
        (["iam", "list-roles", "--query", "Roles[?starts_with(RoleName, `Dev`)].[RoleName, Arn]", "--output", "table"], """
            -------------------------------------------------------------
            |                         ListRoles                         |
            +------------+----------------------------------------------+
            |  Dev-Reader|  arn:aws:iam::111122223333:role/Dev-Reader   |
            |  DevOps    |  arn:aws:iam::111122223333:role/DevOps       |
            +------------+----------------------------------------------+

            """),
        (["iam", "list-users", "--query", "sort_by(Users[].{Name: UserName}, &Name)[].Name", "--output", "json"],
         "[\n    \"amy\",\n    \"bob\",\n    \"zed\"\n]\n"),
        (["iam", "list-users", "--query", "Users[].{Name: UserName} | sort_by(@, &Name) | [0]", "--output", "text"], "amy\n"),
        // A single value in a table is only the title box (awscli/table.py renders a section
        // without rows as its title and a closing border).
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Arn", "--output", "table"], "---------\n|GetRole|\n+-------+\n"),
        // A null result: json prints null, text prints Python's None, table prints nothing.
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Missing"], "null\n"),
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Missing", "--output", "text"], "None\n"),
        (["iam", "get-role", "--role-name", "Admin", "--query", "Role.Missing", "--output", "table"], ""),
    ]

    @Test(arguments: outputs)
    func queriesFilterTheResponseBeforeItIsFormatted(_ example: (arguments: [String], stdout: String)) throws {
        let result = try lab.mustRun(example.arguments)
        #expect(result.stdout == example.stdout)
    }

    @Test func anInvalidExpressionIsABadValueWithExitStatus252() {
        let result = lab.run(["iam", "list-roles", "--query", "Roles[?"])
        #expect(result.exitCode == .usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\nBad value for --query Roles[?: Invalid jmespath expression: Incomplete expression:\n\"Roles[?\"\n        ^\n")
    }

    @Test func aFunctionTypeErrorIsAGeneralErrorWithExitStatus255() {
        let result = lab.run(["iam", "list-roles", "--query", "length(`1`)"])
        #expect(result.exitCode == .other)
        #expect(result.stderr == "\nIn function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\"\n")
    }

    /// awscli/table.py's `Section.add_row` refuses a row of another length than the first.
    @Test func raggedRowsInATableFailAsTheAWSCLIFails() {
        let result = lab.run(["iam", "list-roles", "--query", "[[`1`, `2`], [`3`]]", "--output", "table"])
        #expect(result.exitCode == .other)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "\nRow should have 2 elements, instead it has 1\n")
    }

    @Test func aFailedCallPrintsItsErrorNotTheQuery() {
        let result = lab.run(["iam", "get-role", "--role-name", "Nobody", "--query", "Role.Arn", "--output", "text"])
        #expect(result.exitCode == .serviceError)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("(NoSuchEntity) when calling the GetRole operation"))
    }

    /// json and table query every page joined (three service calls of one role each here);
    /// text queries each page on its own, as the AWS CLI user guide warns
    /// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-filter.html).
    @Test func paginatedListsAreQueriedWholeExceptInText() throws {
        let json = try lab.mustRun(["iam", "list-roles", "--page-size", "1", "--query", "Roles[].RoleName"])
        #expect(json.stdout == "[\n    \"Admin\",\n    \"Dev-Reader\",\n    \"DevOps\"\n]\n")
        let count = try lab.mustRun(["iam", "list-roles", "--page-size", "1", "--query", "length(Roles)"])
        #expect(count.stdout == "3\n")
        let perPage = try lab.mustRun(["iam", "list-roles", "--page-size", "1", "--query", "length(Roles)", "--output", "text"])
        #expect(perPage.stdout == "1\n1\n1\n")
        let names = try lab.mustRun(["iam", "list-roles", "--page-size", "1", "--query", "Roles[].RoleName", "--output", "text"])
        #expect(names.stdout == "Admin\nDev-Reader\nDevOps\n")
        let whole = try lab.mustRun(["iam", "list-roles", "--no-paginate", "--query", "length(Roles)", "--output", "text"])
        #expect(whole.stdout == "3\n")
    }

    /// With --max-items the json result keeps NextToken for the query to select; the text
    /// formatter queries the resume token on its own, so a query that ignores it prints
    /// Python's None for it (awscli/formatter.py, TextFormatter).
    @Test func maxItemsLeavesTheResumeTokenToTheQuery() throws {
        let json = try lab.mustRun(["iam", "list-roles", "--max-items", "1", "--query", "{Names: Roles[].RoleName, More: type(NextToken)}"])
        #expect(json.stdout == "{\n    \"Names\": [\n        \"Admin\"\n    ],\n    \"More\": \"string\"\n}\n")
        let text = try lab.mustRun(["iam", "list-roles", "--max-items", "1", "--query", "Roles[].RoleName", "--output", "text"])
        #expect(text.stdout == "Admin\nNone\n")
    }

    @Test func theInlineFormAndTheVersionFlagBehaveAsInTheAWSCLI() throws {
        let inline = try lab.mustRun(["iam", "get-role", "--role-name", "Admin", "--query=Role.RoleName", "--output=text"])
        #expect(inline.stdout == "Admin\n")
        // argparse prints the version, and refuses an unknown command, before the query is
        // compiled; an unknown operation comes after it.
        #expect(lab.run(["--version", "--query", "["]).exitCode == .success)
        #expect(lab.run(["iamx", "list-roles", "--query", "["]).stderr.contains("argument command: Invalid choice"))
        #expect(lab.run(["iam", "list-rolez", "--query", "["]).stderr.contains("Bad value for --query ["))
    }
}

/// The suite's shared lab, removed when the test process exits (a static has no deinit).
nonisolated(unsafe) private var sharedQueryLabPath: String?

/// A lab on disk in a temporary directory, driven through the real CLI backend.
struct QueryLab {
    /// Removes the lab at `path` when the process exits, so test runs leave no directories.
    static func removeAtExit(_ path: String) {
        sharedQueryLabPath = path
        atexit {
            if let path = sharedQueryLabPath { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    let directory: URL
    let backend: LabBackend
    let variables: [String: String]

    /// Opens the lab at `directory`, or creates a demo lab in a new temporary directory.
    init(directory existing: String?) throws {
        directory = existing.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-query-\(UUID().uuidString)")
        variables = ["ROLECALL_STORE": directory.path, "HOME": directory.path]
        let instant = try #require(Timestamp(iso8601: "2026-11-29T08:00:00Z"))
        let service = IAMService(clock: FixedClock(instant), passwordRounds: 1_000)
        backend = LabBackend(dispatcher: service, service: service, variables: variables)
        if existing == nil { try mustRun(["lab", "init", "--demo"]) }
    }

    /// Runs a command line against the lab.
    func run(_ arguments: [String]) -> CommandResult {
        var tool = CommandLineTool(backend: backend, environment: InMemoryEnvironment(variables: variables))
        return tool.run(arguments)
    }

    /// Runs a command line that must succeed.
    @discardableResult
    func mustRun(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let result = run(arguments)
        try #require(result.exitCode == .success, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }
}
