@testable import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Issue #14: nothing a user types crashes the CLI, and every limit is checked before any
/// work is done, so a refused command leaves the lab exactly as it was.
@Suite struct InputLimitTests {
    /// A demo lab and a snapshot of its files.
    private func demoLab() -> TemporaryLab {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        return lab
    }

    // MARK: - --query

    @Test func aLoneEqualsSignIsABadQueryNotACrash() {
        let lab = demoLab()
        let result = lab.run(["iam", "list-roles", "--query", "="])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == "\nBad value for --query =: Bad jmespath expression: Unknown token =:\n=\n^\n")
    }

    @Test func aLongDotChainIsRefusedBeforeCreateRoleCommits() {
        let lab = demoLab()
        let before = lab.snapshot()
        let query = String(repeating: "a.", count: 40_000) + "b"
        let result = lab.run(["iam", "create-role", "--role-name", "Deep", "--assume-role-policy-document", seedTrustPolicy,
                              "--query", query])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("Bad value for --query"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("deeper than 256"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.utf8.count < 2_000, "the 80,000-character query is quoted only in part")
        #expect(lab.snapshot() == before, "the role was not created")
        #expect(lab.run(["iam", "get-role", "--role-name", "Deep"]).exitCode == .serviceError)
    }

    @Test func aLongFlattenChainIsRefusedNotAStackOverflow() {
        let lab = demoLab()
        let result = lab.run(["iam", "list-roles", "--query", "Roles" + String(repeating: "[]", count: 20_000)])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("deeper than 256"), "\(result.stderr.prefix(300))")
    }

    @Test func queriesJustInsideTheDepthLimitStillRun() {
        let lab = demoLab()
        let result = lab.run(["sts", "get-caller-identity", "--query", String(repeating: "a.", count: 200) + "b"])
        #expect(result.exitCode == .success, "\(result.stderr.prefix(300))")
        #expect(result.stdout == "null\n")
    }

    // MARK: - --max-items and --page-size (awscli/customizations/paginate.py PageArgument)

    @Test func aNegativeMaxItemsWarnsAndDoesNotCrash() {
        let lab = demoLab()
        let result = lab.run(["--account", "123456789012", "iam", "list-users", "--max-items", "-1"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr == "warning: Non-positive values for --max-items may result in undefined behavior.\n")
        // botocore keeps `items[:max_items - total]`, Python's slice: all but the last.
        let users = TemporaryLab.json(result.stdout)["Users"] as? [[String: Any]]
        #expect(users?.map { $0["UserName"] as? String } == ["alice"])
    }

    @Test func aZeroMaxItemsWarnsAndPrintsNoItems() {
        let lab = demoLab()
        let result = lab.run(["iam", "list-users", "--max-items", "0"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("warning: Non-positive values for --max-items"))
        #expect((TemporaryLab.json(result.stdout)["Users"] as? [Any])?.isEmpty == true)
    }

    @Test(arguments: ["--max-items", "--page-size"])
    func aPagingValueThatIsNotAnIntegerIsAnArgparseError(flag: String) {
        let lab = demoLab()
        let before = lab.snapshot()
        let result = lab.run(["iam", "list-roles", flag, "abc"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == CommandError.usageText + "\nrolecall: error: argument \(flag): invalid int value: 'abc'\n")
        #expect(lab.snapshot() == before)
    }

    @Test(arguments: ["0", "-1"])
    func aPageSizeBelowOneFailsBotocoresValidation(value: String) {
        let lab = demoLab()
        let result = lab.run(["iam", "list-roles", "--page-size", value])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == "\nParameter validation failed:\nInvalid value for parameter MaxItems, value: \(value), valid min value: 1\n")
    }

    // MARK: - Parameter files and long values

    /// The issue's 10 MB policy was echoed whole; one megabyte shows the same (and runs faster).
    @Test func aMegabytePolicyIsQuotedOnlyInPartInTheValidationError() {
        let lab = demoLab()
        let policy = "{\"Version\": \"2012-10-17\", \"Statement\": [], \"Pad\": \"" + String(repeating: "x", count: 1_000_000) + "\"}"
        let result = lab.run(["iam", "create-role", "--role-name", "Huge", "--assume-role-policy-document", "file://huge.json"],
                             files: ["huge.json": policy])
        #expect(result.exitCode == .serviceError)
        #expect(result.stderr.contains("failed to satisfy constraint: Member must have length less than or equal to 131072"))
        #expect(result.stderr.utf8.count < 2_000, "\(result.stderr.utf8.count) bytes on stderr")
    }

    @Test func invalidJSONIsQuotedOnlyInPart() {
        let lab = demoLab()
        let text = "[" + String(repeating: "1,", count: 100_000)
        let result = lab.run(["iam", "tag-role", "--role-name", "R", "--tags", text])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("Invalid JSON:"))
        #expect(result.stderr.utf8.count < 2_000, "\(result.stderr.utf8.count) bytes on stderr")
    }

    @Test func deeplyNestedShorthandIsAnErrorNotAStackOverflow() {
        let lab = demoLab()
        let result = lab.run(["iam", "tag-role", "--role-name", "R", "--tags", "Key=" + String(repeating: "[", count: 100_000)])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasPrefix("\nError parsing parameter '--tags': Nesting deeper than 256 levels for input:\nKey=[[["))
        #expect(result.stderr.utf8.count < 2_000)
    }

    @Test func aLongUnknownOperationIsNamedInPartAndAnsweredAtOnce() {
        let lab = demoLab()
        let started = Date()
        let result = lab.run(["iam", String(repeating: "x", count: 1_000_000)])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.contains("argument operation: Invalid choice"))
        #expect(result.stderr.utf8.count < 10_000)
        #expect(Date().timeIntervalSince(started) < 5)
    }
}
