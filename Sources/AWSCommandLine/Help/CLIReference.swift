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
        out += "`--output json|text|table`, `--query` (JMESPath, applied before the output format), the same error\n"
        out += "texts and AWS CLI v2 exit codes (0 ok, 252 usage or parameter error, 253 configuration error, 254 service\n"
        out += "error, 255 other, 130 interrupted).\n\n"
        out += "## Global options\n\nThey may appear anywhere on the line, before or after the command.\n\n"
        out += "| option | meaning |\n| --- | --- |\n"
        for option in HelpText.globalOptions { out += "| `\(option.flag)` | \(option.summary) |\n" }
        for service in ServiceName.allCases {
            out += "\n## `rolecall \(service.rawValue)`: \(service.title)\n\n"
            for operation in OperationTable.operations(of: service) {
                out += "- [`\(operation.cliName)`](#\(service.rawValue)-\(operation.cliName)): \(operation.summary)\n"
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

    private static func escape(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
