import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `--output yaml|yaml-stream|off`, `--cli-input-yaml`, `--generate-cli-skeleton yaml-input`
/// and `--color` (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html).
@Suite(.serialized) struct YAMLOutputTests {
    @Test func yamlSortsKeysQuotesWhatYAMLWouldMisreadAndListsAtTheKeysColumn() {
        let lab = PagingParityTests.lab(roles: 2)
        let identity = lab.run(["sts", "get-caller-identity", "--output", "yaml"])
        #expect(identity.stdout == "Account: '111122223333'\nArn: arn:aws:iam::111122223333:root\nUserId: '111122223333'\n")
        let roles = lab.run(["iam", "list-roles", "--output", "yaml", "--query", "Roles[].{Name: RoleName, Path: Path, Max: MaxSessionDuration}"])
        #expect(roles.stdout == "- Max: 3600\n  Name: Role01\n  Path: /\n- Max: 3600\n  Name: Role02\n  Path: /\n")
        let created = lab.run(["iam", "get-role", "--role-name", "Role01", "--output", "yaml"])
        #expect(created.stdout.contains("  AssumeRolePolicyDocument:\n    Statement:\n    - Action: sts:AssumeRole\n      Effect: Allow\n"))
        #expect(created.stdout.contains("  CreateDate: '2025-11-29T07:06:40+00:00'\n"))
        #expect(lab.run(["iam", "get-role", "--role-name", "Role01", "--output", "yaml", "--query", "Role.RoleName"]).stdout == "Role01\n...\n")
        #expect(lab.run(["iam", "get-role", "--role-name", "Role01", "--output", "off"]) == CommandResult())
    }

    @Test func yamlStreamPrintsOneItemPerPage() {
        let lab = PagingParityTests.lab(roles: 3)
        let result = lab.run(["iam", "list-roles", "--output", "yaml-stream", "--page-size", "2", "--query", "Roles[].RoleName"])
        #expect(result.stdout == "- - Role01\n  - Role02\n- - Role03\n")
    }

    @Test func cliInputYAMLReadsWhatTheYAMLSkeletonPrints() {
        let lab = PagingParityTests.lab(roles: 1)
        let skeleton = lab.run(["iam", "get-role", "--generate-cli-skeleton", "yaml-input"])
        #expect(skeleton.stdout == "RoleName: '' # [REQUIRED] The name of the IAM role to get information about.\n")
        lab.files["input.yaml"] = "# which role\nRoleName: Role01  # the one we made\n"
        let result = lab.run(["iam", "get-role", "--cli-input-yaml", "file://input.yaml", "--query", "Role.Arn", "--output", "text"])
        #expect(result.stdout == "arn:aws:iam::111122223333:role/Role01\n", "\(result.stderr)")
        let tags = "RoleName: Role01\nTags:\n- Key: team\n  Value: 'blue'\n- Key: \"cost\"\n  Value: '42'\n"
        #expect(lab.run(["iam", "tag-role", "--cli-input-yaml", tags]).exitCode == .success)
        #expect(lab.run(["iam", "list-role-tags", "--role-name", "Role01", "--query", "Tags[].Value", "--output", "text"]).stdout == "blue\t42\n")
        let broken = lab.run(["iam", "get-role", "--cli-input-yaml", "RoleName: 'Role01"])
        #expect(broken.exitCode == .usage)
        #expect(broken.stderr == "\nError parsing parameter '--cli-input-yaml': Invalid YAML: line 1: unterminated quoted string\nYAML received: RoleName: 'Role01\n")
    }

    @Test func colorOnPaintsTableCellsAsTheAWSCLIDoes() {
        let lab = PagingParityTests.lab(roles: 1)
        let plain = lab.run(["sts", "get-caller-identity", "--output", "table", "--color", "off"])
        #expect(!plain.stdout.contains("\u{1B}"))
        let colored = lab.run(["sts", "get-caller-identity", "--output", "table", "--color", "on"])
        #expect(colored.stdout.contains("\u{1B}[1m\u{1B}[34m111122223333\u{1B}[0m"))
        let bad = lab.run(["sts", "get-caller-identity", "--color", "sometimes"])
        #expect(bad.exitCode == .usage)
        #expect(bad.stderr.contains("argument --color: Invalid choice"))
    }

    /// Long values fold at a single space once the line passes column 80, continuing at the
    /// node's indentation, as ruamel.yaml writes them (expected text from ruamel.yaml 0.17.21,
    /// `YAML(typ='safe', pure=True)`, `default_flow_style=False`, on the same JSON).
    @Test func longValuesFoldAsRuamelFoldsThem() {
        let lab = PagingParityTests.lab(roles: 1)
        let trust = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "#
            + #""Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalTag/purpose": "#
            + #""deploy the build artifacts of the platform team to the production account only"}}}]}"#
        let description = "Deploy role: lets the platform team read the build artifacts and deploy them to production, nothing else"
        let created = lab.run(["iam", "create-role", "--role-name", "Deploy", "--assume-role-policy-document", trust,
                               "--description", description])
        #expect(created.exitCode == .success, "\(created.stderr)")
        let result = lab.run(["iam", "get-role", "--role-name", "Deploy", "--output", "yaml",
                              "--query", "Role.{Description: Description, Trust: AssumeRolePolicyDocument}"])
        #expect(result.stdout == """
            Description: 'Deploy role: lets the platform team read the build artifacts and deploy
              them to production, nothing else'
            Trust:
              Statement:
              - Action: sts:AssumeRole
                Condition:
                  StringEquals:
                    aws:PrincipalTag/purpose: deploy the build artifacts of the platform team
                      to the production account only
                Effect: Allow
                Principal:
                  AWS: arn:aws:iam::123456789012:root
              Version: '2012-10-17'

            """)
        // Two spaces are never a fold point; a key is never folded.
        let spaced = lab.run(["iam", "get-role", "--role-name", "Deploy", "--output", "yaml", "--query",
                              "{\"two  spaces  between words  so  that  we  see  what  happens  at the  eightieth  column ok\": `1`}"])
        #expect(spaced.stdout == "two  spaces  between words  so  that  we  see  what  happens  at the  eightieth  column ok: 1\n")
    }

    /// Values with characters YAML cannot print (line breaks, tabs, controls) are double-quoted
    /// with escapes and fold as ruamel's `write_double_quoted`: a break at a space or after an
    /// escape once the line would pass column 80, the line ending in `\` and a leading space
    /// kept as `\ `. Expected text from ruamel.yaml 0.17.21 (the AWS CLI v2's pin),
    /// `YAML(typ='safe', pure=True)`, `default_flow_style=False`, on the same JSON.
    @Test func doubleQuotedValuesFoldAsRuamelFoldsThem() {
        let lab = PagingParityTests.lab(roles: 1)
        let description = "Deploy role for the platform team.\nIt may read the build artifacts and deploy them to production, nothing else."
        let created = lab.run(["iam", "create-role", "--role-name", "Deploy", "--description", description,
                               "--assume-role-policy-document", #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}]}"#])
        #expect(created.exitCode == .success, "\(created.stderr)")
        let role = lab.run(["iam", "get-role", "--role-name", "Deploy", "--output", "yaml", "--query", "Role.{Description: Description}"])
        #expect(role.stdout == #"""
            Description: "Deploy role for the platform team.\nIt may read the build artifacts\
              \ and deploy them to production, nothing else."

            """#)

        let newlines = String(repeating: #"\n"#, count: 62)
        let literal = #"{"Description": "Deploy role for the platform team.\nIt may read the build artifacts and deploy them to production, nothing else.\tEnd", "#
            + #""Nested": {"Inner": {"Text": "line one\nline two is long enough that it passes the eightieth column here \"quoted\" and more words"}}, "#
            + #""List": ["item\twith a tab and a long tail of words that keeps going past the width of eighty columns ok", "short\tone"], "#
            + #""Tight": "escapes"# + newlines + #"end", "#
            + #""Unicode": "emoji 😀 and café\nsecond line with more words to pass the eightieth column of the line ok", "#
            + #""\ttab key that is long enough to pass the eightieth column if it were folded, but keys are never": "v", "#
            + #""Spaces": "two  spaces\nand  more  spaces  between  the  words  so  that  the  fold  lands  near  a  double  space"}"#
        let result = lab.run(["sts", "get-caller-identity", "--output", "yaml", "--query", "`" + literal + "`"])
        #expect(result.stdout == #"""
            "\ttab key that is long enough to pass the eightieth column if it were folded, but keys are never": v
            Description: "Deploy role for the platform team.\nIt may read the build artifacts\
              \ and deploy them to production, nothing else.\tEnd"
            List:
            - "item\twith a tab and a long tail of words that keeps going past the width of eighty\
              \ columns ok"
            - "short\tone"
            Nested:
              Inner:
                Text: "line one\nline two is long enough that it passes the eightieth column here\
                  \ \"quoted\" and more words"
            Spaces: "two  spaces\nand  more  spaces  between  the  words  so  that  the  fold\
              \  lands  near  a  double  space"
            Tight: "escapes\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\
              \n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nend"
            Unicode: "emoji \U0001F600 and café\nsecond line with more words to pass the eightieth\
              \ column of the line ok"

            """#, "\(result.stderr)")

        // A document that is one double-quoted scalar continues at column 0 and has no `...`.
        let alone = lab.run(["sts", "get-caller-identity", "--output", "yaml", "--query",
                             #"`"line one\nline two is long enough that it passes the eightieth column here and more words"`"#])
        #expect(alone.stdout == #"""
            "line one\nline two is long enough that it passes the eightieth column here and more\
            \ words"

            """#)
        // Escapes are YAML's short ones or upper-case hex, as ruamel writes them.
        let escapes = lab.run(["sts", "get-caller-identity", "--output", "yaml", "--query",
                               #"`{"a": "a\u001bb\u0000c\u0007\u0008\u000b\u000c", "b": "a\u007fb\u0080c\ufeffd", "t": "a\tb"}`"#])
        #expect(escapes.stdout == #"""
            a: "a\eb\0c\a\b\v\f"
            b: "a\x7Fb\x80c\uFEFFd"
            t: "a\tb"

            """#)
    }
}
