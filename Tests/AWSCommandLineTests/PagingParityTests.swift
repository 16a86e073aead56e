import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Paging exactly as the AWS CLI pages (awscli/customizations/paginate.py, botocore's
/// `PageIterator`; https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html).
@Suite(.serialized) struct PagingParityTests {
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#

    /// The demo lab with roles Role01…RoleNN in production.
    static func lab(roles count: Int) -> TemporaryLab {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        for index in 1...count {
            let name = "Role" + (index < 10 ? "0" : "") + "\(index)"
            #expect(lab.run(["iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust]).exitCode == .success)
        }
        return lab
    }

    static func names(_ stdout: String) -> [String] {
        (TemporaryLab.json(stdout)["Roles"] as? [[String: Any]])?.compactMap { $0["RoleName"] as? String } ?? []
    }

    static func decoded(_ token: String?) -> String {
        guard let token, let data = Data(base64Encoded: token) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func startingTokenResumesAfterAFirstPageSmallerThanTheServicePage() {
        let lab = Self.lab(roles: 7)
        let first = lab.run(["iam", "list-roles", "--max-items", "5"])
        #expect(Self.names(first.stdout) == ["Role01", "Role02", "Role03", "Role04", "Role05"])
        let token = TemporaryLab.json(first.stdout)["NextToken"] as? String
        // botocore's token inside the first page: no marker yet, five items shown.
        #expect(Self.decoded(token) == #"{"Marker": null, "boto_truncate_amount": 5}"#)
        let rest = lab.run(["iam", "list-roles", "--starting-token", token ?? ""])
        #expect(rest.exitCode == .success, "\(rest.stderr)")
        #expect(Self.names(rest.stdout) == ["Role06", "Role07"])
        #expect(TemporaryLab.json(rest.stdout)["NextToken"] == nil)
        // Tokens chain: two at a time through small service pages.
        var seen: [String] = []
        var next: String?
        repeat {
            var arguments = ["iam", "list-roles", "--max-items", "2", "--page-size", "3"]
            if let next { arguments += ["--starting-token", next] }
            let page = lab.run(arguments)
            #expect(page.exitCode == .success, "\(page.stderr)")
            seen += Self.names(page.stdout)
            next = TemporaryLab.json(page.stdout)["NextToken"] as? String
        } while next != nil && seen.count < 20
        #expect(seen == (1...7).map { "Role0\($0)" })
    }

    @Test func noPaginatePassesMaxItemsThroughAndMarkerPagesByHand() {
        let lab = Self.lab(roles: 5)
        let first = lab.run(["iam", "list-roles", "--no-paginate", "--max-items", "3"])
        #expect(first.exitCode == .success, "\(first.stderr)")
        #expect(Self.names(first.stdout) == ["Role01", "Role02", "Role03"])
        let object = TemporaryLab.json(first.stdout)
        #expect(object["IsTruncated"] as? Bool == true)
        let marker = object["Marker"] as? String
        #expect(marker != nil)
        // `--marker` is the service's own member: accepted, and it turns automatic paging off.
        let second = lab.run(["iam", "list-roles", "--marker", marker ?? "", "--max-items", "1"])
        #expect(second.exitCode == .success, "\(second.stderr)")
        #expect(Self.names(second.stdout) == ["Role04"])
        #expect(TemporaryLab.json(second.stdout)["IsTruncated"] as? Bool == true)
    }

    @Test func noPaginateRefusesThePaginatorsOwnFlags() {
        let lab = Self.lab(roles: 1)
        let pageSize = lab.run(["iam", "list-roles", "--no-paginate", "--page-size", "2"])
        #expect(pageSize.exitCode == .other)
        #expect(pageSize.stderr == "\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --page-size\n")
        let both = lab.run(["iam", "list-roles", "--marker", "x", "--starting-token", "abc", "--page-size", "2"])
        #expect(both.stderr == "\nError during pagination: Cannot specify --no-paginate along with pagination arguments: --starting-token, --page-size\n")
        #expect(both.stdout.isEmpty)
    }

    @Test func pageSizeZeroIsBotocoresClientSideValidation() {
        let lab = Self.lab(roles: 1)
        let zero = lab.run(["iam", "list-roles", "--page-size", "0"])
        #expect(zero.exitCode == .usage)
        #expect(zero.stderr == "\nParameter validation failed:\nInvalid value for parameter MaxItems, value: 0, valid min value: 1\n")
        let manual = lab.run(["iam", "list-roles", "--no-paginate", "--max-items", "0"])
        #expect(manual.stderr == "\nParameter validation failed:\nInvalid value for parameter MaxItems, value: 0, valid min value: 1\n")
    }

    @Test func pagingFlagsThatAreNotIntegersAreArgparseErrors() {
        let lab = Self.lab(roles: 1)
        let result = lab.run(["iam", "list-roles", "--max-items", "abc"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasSuffix("\nrolecall: error: argument --max-items: invalid int value: 'abc'\n"))
        #expect(result.stdout.isEmpty)
        // `--generate-cli-skeleton output` is simulated now (SkeletonOutputTests): for get-role the
        // AWS CLI's Stubber refuses its own placeholders, a client-side validation error.
        let output = lab.run(["iam", "get-role", "--role-name", "Role01", "--generate-cli-skeleton", "output"])
        #expect(output.exitCode == .usage)
        #expect(output.stderr.hasPrefix("\nParameter validation failed:\nInvalid length for parameter Role.RoleId"))
    }

    @Test func getRoleWithA65CharacterNameIsAValidationError() {
        let lab = Self.lab(roles: 1)
        let name = String(repeating: "a", count: 65)
        let result = lab.run(["iam", "get-role", "--role-name", name])
        #expect(result.exitCode == .serviceError)
        #expect(result.stderr == "\nAn error occurred (ValidationError) when calling the GetRole operation: 1 validation error detected: "
            + "Value '\(name)' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64\n")
    }
}
