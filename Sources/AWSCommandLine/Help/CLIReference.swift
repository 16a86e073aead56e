import IAMKit
import IAMPolicy

/// `docs/cli.md`, generated from the operation table so it cannot drift from the parser
/// (a test compares the file with this text).
public enum CLIReference {
    /// The whole document.
    public static func markdown() -> String {
        var out = "# rolecall command line reference\n\n"
        out += "<!-- Generated from the operation table (Sources/AWSCommandLine). Do not edit by hand:\n"
        out += "     regenerate with `ROLECALL_REGENERATE_DOCS=1 swift test --filter CLIReferenceTests`. -->\n\n"
        out += "`rolecall` takes the AWS CLI's commands with `rolecall` in place of `aws`: same operation and flag\n"
        out += "names, `file://` and `fileb://` values, JSON or shorthand for structured flags, `--cli-input-json`,\n"
        out += "`--cli-input-yaml`, `--output json|text|table|yaml|yaml-stream|off`, `--query` (JMESPath, applied before\n"
        out += "the output format), profiles (`AWS_PROFILE`/`--profile`, role profiles that assume their role), automatic\n"
        out += "paging, `iam wait`, `configure list|get|set`, the same error texts and AWS CLI v2 exit codes (0 ok, 1\n"
        out += "`configure get` found nothing, 252 usage or parameter error, 253 configuration error, 254 service error, 255 other,\n"
        out += "130 interrupted).\n\n"
        out += "`--generate-cli-skeleton output` prints what the AWS CLI's stubbed call prints: the output shape with\n"
        out += "member names as values (`\"RoleName\": \"RoleName\"`, 0, true, `1970-01-01T00:00:00`), or botocore's\n"
        out += "`Parameter validation failed:` (252) where the shape's minimum lengths refuse those placeholders, as for\n"
        out += "`create-role`, `get-role` and `assume-role`; the command's own arguments are still required and\n"
        out += "validated, and nothing is changed. `--output yaml` folds a long value at a space past column 80, as\n"
        out += "ruamel.yaml does; a value with a line break, tab or other unprintable character is double-quoted with\n"
        out += "YAML's escapes and folds with a trailing `\\`, as ruamel's double-quoted style does. Each operation's\n"
        out += "help page ends with OUTPUT, its response members from AWS's model.\n\n"
        out += "**Reference release.** rolecall follows **AWS CLI 2.22.0** (botocore data of that release) for its error\n"
        out += "formats and exit codes; where behaviour lives in customization code that v1 and v2 share (paging,\n"
        out += "waiters, `configure`, the credential chain and its cache), it was read in awscli 1.45.11 / botocore's\n"
        out += "source. Known differences are listed in docs/decisions.md (2026-12-06).\n\n"
        out += "## Global options\n\nThey may appear anywhere on the line, before or after the command.\n\n"
        out += "| option | meaning |\n| --- | --- |\n"
        for option in HelpText.globalOptions { out += "| `\(option.flag)` | \(option.summary) |\n" }
        out += limits()
        for service in ServiceName.allCases {
            out += "\n## `rolecall \(service.rawValue)`: \(service.title)\n\n"
            for operation in OperationTable.operations(of: service) {
                out += "- [`\(operation.cliName)`](#\(service.rawValue)-\(operation.cliName.replacing(" ", with: "-"))): \(operation.summary)\n"
            }
            for operation in OperationTable.operations(of: service) {
                out += "\n### \(service.rawValue) \(operation.cliName)\n\n\(operation.summary)"
                if service == .iam || service == .sts { out += " API: `\(operation.name)`." }
                out += "\n\n```\nrolecall \(service.rawValue) \(operation.cliName)\n"
                for line in HelpText.synopsis(operation) { out += "    \(line)\n" }
                out += "```\n"
                let members = operation.visibleParameters
                if !members.isEmpty {
                    out += "\n| flag | API name | type | required | constraints | description |\n"
                    out += "| --- | --- | --- | --- | --- | --- |\n"
                    for member in members {
                        let constraints = HelpText.facts(member).filter { $0 != "Required." }.joined(separator: " ")
                        out += "| `\(member.flag)` | `\(member.name)` | \(member.shape.typeName) | "
                            + "\(member.isRequired ? "yes" : "no") | \(escape(constraints)) | \(escape(member.summary)) |\n"
                    }
                }
            }
        }
        let shells = CompletionScript.Shell.allCases.map(\.rawValue)
        out += "\n## `rolecall completion`: shell completion\n\n"
        out += "Prints a completion script for \(shells.map { "`\($0)`" }.joined(separator: " or ")), generated from the same table "
        out += "(services, operations, flags and their choices). Load it in the running shell, or save it where the shell "
        out += "looks for completions:\n\n"
        out += "```\nrolecall completion \(shells.joined(separator: "|"))\n```\n\n"
        out += "For example `source <(rolecall completion bash)` in `~/.bashrc`, `source <(rolecall completion zsh)` "
        out += "in `~/.zshrc` (after `compinit`), or `rolecall completion fish | source` in fish's `config.fish`.\n"
        return out
    }

    /// The limits checked before a command does any work, and the terminal rule; from the
    /// constants the parsers use, so the numbers cannot drift.
    static func limits() -> String {
        """

        ## Limits and terminal output

        Everything below is checked before a command does any work, so a refused command changes
        nothing in the lab (exit 252 unless noted).

        | input | limit |
        | --- | --- |
        | `file://`, `fileb://` (flags and `--cli-input-json`) | A regular file of at most \(ParamFile.maximumSize / 1_048_576) MiB. A device, FIFO or socket (`/dev/zero`, `/dev/urandom`) is refused unread; a directory is Python's `[Errno 21] Is a directory`. |
        | `--query` | Compiled before the operation runs (`Bad value for --query`). Parentheses, brackets and operators nest at most \(QueryParser.maximumHeight) levels, and the expression's tree is at most \(QueryParser.maximumHeight) levels tall (`a.a.a…`, `x[][]…`). A type error found while searching the response is exit 255 after the call, as in the AWS CLI. |
        | JSON values | Arrays and objects nest at most \(JSONParser.maximumDepth) levels. |
        | shorthand | `[` and `{` nest at most \(ShorthandParser.maximumDepth) levels. |
        | `--max-items`, `--page-size` | Integers as Python's `int()` reads them, else argparse's `invalid int value` (252). `--page-size` below 1 fails botocore's validation of `MaxItems` (252). `--max-items` 0 or below prints the AWS CLI v2 warning `Non-positive values for --max-items may result in undefined behavior.` and pages as botocore does (`-1` keeps all but the last item). |
        | values quoted in errors | At most \(QuotedValue.maximumLength) characters, then `… (N characters)`: a 10 MB policy is never echoed back whole. |

        When stdout is a terminal, `--output text` and `table` draw every string from the lab by the
        display rule (docs/decisions.md, "One display rule for text from data"): ESC, BEL, CR, C1, DEL,
        bidi and other format characters appear as visible escapes (`\\x1b`, `\\u202e`), and table
        columns are measured after that. JSON on a terminal writes the same characters as `\\uXXXX`
        escapes (still the same JSON value). Error messages on a terminal (stderr) follow the same rule.
        Piped or redirected, every format is byte-for-byte what the AWS CLI prints.

        """
    }

    private static func escape(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
