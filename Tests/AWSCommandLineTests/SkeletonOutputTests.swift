import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `--generate-cli-skeleton output`: the AWS CLI stubs the call with a response made from the
/// output shape (member names as strings, 0, true, 1970-01-01T00:00:00) and botocore's Stubber
/// validates it first, so operations whose output shapes have minimum lengths (RoleId ≥ 16,
/// Arn ≥ 20) print `Parameter validation failed:` instead. The expected texts are what
/// AWS CLI 1.45.11 on botocore 1.43.11 prints; AWS CLI v2 runs the same StubbedCLIOperationCaller
/// (awscli/customizations/generatecliskeleton.py) and exits 252 on a validation failure.
@Suite(.serialized) struct SkeletonOutputTests {
    @Test func createRoleGetsTheStubbersValidationFailureAndCreatesNothing() {
        let lab = PagingParityTests.lab(roles: 1)
        let result = lab.run(["iam", "create-role", "--role-name", "Skeleton", "--assume-role-policy-document", "{}",
                              "--generate-cli-skeleton", "output"])
        #expect(result.stdout == "")
        #expect(result.stderr == """

            Parameter validation failed:
            Invalid length for parameter Role.RoleId, value: 6, valid min length: 16
            Invalid length for parameter Role.Arn, value: 3, valid min length: 20
            Invalid value for parameter Role.MaxSessionDuration, value: 0, valid min value: 3600

            """)
        #expect(result.exitCode == .usage)
        #expect(lab.run(["iam", "get-role", "--role-name", "Skeleton"]).exitCode != .success)
    }

    @Test func getRoleGetsTheSameFailureAndStillRequiresItsArguments() {
        let lab = PagingParityTests.lab(roles: 1)
        let result = lab.run(["iam", "get-role", "--role-name", "Role01", "--generate-cli-skeleton", "output"])
        #expect(result.stderr == """

            Parameter validation failed:
            Invalid length for parameter Role.RoleId, value: 6, valid min length: 16
            Invalid length for parameter Role.Arn, value: 3, valid min length: 20
            Invalid value for parameter Role.MaxSessionDuration, value: 0, valid min value: 3600

            """)
        let missing = lab.run(["iam", "get-role", "--generate-cli-skeleton", "output"])
        #expect(missing.exitCode == .usage)
        #expect(missing.stderr.contains("the following arguments are required: --role-name"))
    }

    @Test func assumeRoleReportsTheCredentialsAndUserShapes() {
        let lab = PagingParityTests.lab(roles: 1)
        let result = lab.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Role01",
                              "--role-session-name", "s1", "--generate-cli-skeleton", "output"])
        #expect(result.stdout == "")
        #expect(result.stderr == """

            Parameter validation failed:
            Invalid length for parameter Credentials.AccessKeyId, value: 11, valid min length: 16
            Invalid length for parameter AssumedRoleUser.Arn, value: 3, valid min length: 20

            """)
    }

    @Test func shapesWithoutMinimumsPrintTheSkeletonInEveryOutputFormat() {
        let lab = PagingParityTests.lab(roles: 1)
        let policies = lab.run(["iam", "list-role-policies", "--role-name", "Role01", "--generate-cli-skeleton", "output"])
        #expect(policies.stdout == """
            {
                "PolicyNames": [
                    "policyNameType"
                ],
                "IsTruncated": true,
                "Marker": "Marker"
            }

            """)
        let text = lab.run(["iam", "list-role-policies", "--role-name", "Role01", "--generate-cli-skeleton", "output", "--output", "text"])
        #expect(text.stdout == "True\tMarker\nPOLICYNAMES\tpolicyNameType\n")
        let login = lab.run(["iam", "get-login-profile", "--user-name", "nobody", "--generate-cli-skeleton", "output"])
        #expect(login.stdout == """
            {
                "LoginProfile": {
                    "UserName": "UserName",
                    "CreateDate": "1970-01-01T00:00:00",
                    "PasswordResetRequired": true
                }
            }

            """)
        let summary = lab.run(["iam", "get-account-summary", "--generate-cli-skeleton", "output"])
        #expect(summary.stdout == "{\n    \"SummaryMap\": {\n        \"KeyName\": 0\n    }\n}\n")
        let nothing = lab.run(["iam", "delete-role", "--role-name", "Role01", "--generate-cli-skeleton", "output"])
        #expect(nothing == CommandResult())
        #expect(lab.run(["iam", "get-role", "--role-name", "Role01"]).exitCode == .success, "the stubbed call deleted nothing")
    }
}
