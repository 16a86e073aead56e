/// Help screens generated from the operation table: `rolecall help`, `rolecall iam help`,
/// `rolecall iam create-role help`. The same facts feed `docs/cli.md` (CLIReference).
public enum HelpText {
    /// The global options, with their one-line descriptions.
    public static let globalOptions: [(flag: String, summary: String)] = [
        ("--store DIR", "The lab directory (default: $ROLECALL_STORE, else $XDG_DATA_HOME/rolecall/lab)."),
        ("--account ID|ALIAS", "Act as the root user of another account of the lab, by ID or alias (an error while credentials are set)."),
        ("--profile NAME", "Use the profile NAME of the lab's config and credentials files (or AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE); a profile with role_arn assumes the role first."),
        ("--output json|text|table|yaml|yaml-stream|off", "The output format (default: AWS_DEFAULT_OUTPUT, else the profile's output, else json)."),
        ("--color on|off|auto", "Colour table output (auto: only on a terminal)."),
        ("--query EXPR", "A JMESPath expression applied to the response before it is printed."),
        ("--explain", "When a call is denied, print the policy engine's trace (rolecall extension)."),
        ("--no-paginate", "Return only the first page of a list operation."),
        ("--region, --endpoint-url, --no-cli-pager, --debug", "Accepted for AWS CLI compatibility; ignored."),
    ]

    /// `rolecall help`.
    public static func top() -> String {
        var out = "rolecall: AWS IAM and STS simulated locally, with the AWS CLI's commands.\n\n"
        out += "usage: rolecall [options] <command> <subcommand> [parameters]\n"
        out += "       rolecall [--guided] [--theme NAME|PATH] [--store DIR]\n"
        out += "                           (no command: the console; --guided opens the guide panel, F2 toggles it)\n\n"
        out += "Commands:\n"
        for service in ServiceName.allCases {
            out += "  " + pad(service.rawValue, 10) + service.title + "\n"
        }
        out += "  " + pad("completion", 10) + "Print a completion script: rolecall completion bash|zsh|fish\n"
        out += "\nGlobal options (anywhere on the line):\n"
        for option in globalOptions { out += "  " + pad(option.flag, 26) + option.summary + "\n" }
        out += "  " + pad("configure", 10) + "Show and change the lab's config and credentials files: rolecall configure list|get|set\n"
        out += "\nEnvironment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (credentials the lab issued),\n"
        out += "AWS_PROFILE, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_DEFAULT_OUTPUT (as the AWS CLI reads them),\n"
        out += "ROLECALL_STORE (the lab), ROLECALL_NOW (ISO 8601: pins the clock for every command).\n"
        out += "\nSee 'rolecall <command> help' and 'rolecall <command> <subcommand> help'.\n"
        return out
    }

    /// `rolecall SERVICE help`.
    public static func service(_ service: ServiceName) -> String {
        var out = "\(service.rawValue): \(service.title)\n\nusage: rolecall \(service.rawValue) <subcommand> [parameters]\n\nAvailable subcommands:\n"
        for operation in OperationTable.operations(of: service) {
            out += "  " + pad(operation.cliName, 38) + operation.summary + "\n"
        }
        return out
    }

    /// `rolecall SERVICE OPERATION help`, in the AWS CLI's layout: NAME, DESCRIPTION, SYNOPSIS,
    /// OPTIONS, GLOBAL OPTIONS, EXAMPLES (where HelpExamples has them), OUTPUT (from the model).
    public static func operation(_ operation: OperationSpec) -> String {
        var out = "NAME\n       \(operation.cliName) -\n\nDESCRIPTION\n       \(operation.summary)\n"
        if operation.service == .iam || operation.service == .sts {
            out += "\n       See also: AWS API Documentation for \(operation.name).\n"
        }
        if operation.pagination != nil {
            out += "\n       \(operation.cliName) is a paginated operation. Multiple API calls may be issued in order to retrieve "
            out += "the entire data set of results. You can disable pagination by providing the --no-paginate argument.\n"
        }
        out += "\nSYNOPSIS\n            \(operation.cliName)\n"
        for line in synopsis(operation) { out += "          " + line + "\n" }
        out += "\nOPTIONS\n"
        let members = operation.visibleParameters
        if members.isEmpty { out += "       None\n" }
        for member in members {
            out += "       \(member.flag) (\(member.shape.typeName))\n"
            out += "          \(member.summary)\n"
            for fact in facts(member) { out += "          \(fact)\n" }
            out += "\n"
        }
        out += "GLOBAL OPTIONS\n"
        for option in globalOptions { out += "       \(option.flag)\n          \(option.summary)\n\n" }
        if let examples = HelpExamples.pages[operation.name] {
            out += "EXAMPLES\n"
            for example in examples {
                out += "       \(example.title)\n\n"
                for line in example.command.split(separator: "\n") { out += "          \(line)\n" }
                out += "\n       \(example.output)\n\n"
            }
        }
        if operation.service == .iam || operation.service == .sts {
            out += "OUTPUT\n"
            if operation.output.isEmpty { out += "       None\n" }
            var stack: [String] = []
            for member in operation.output { out += outputLines(member.name, member.shape, member.summary, indent: 7, stack: &stack) }
        }
        return out
    }

    /// One member of the OUTPUT section and, nested under it, the members of its structure (or
    /// of its list's structure), as the AWS CLI's help prints the output shape: `Name -> (type)`,
    /// the member's first sentence indented three more, nested members four more again.
    static func outputLines(_ name: String, _ shape: Shape, _ summary: String, indent: Int, stack: inout [String]) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = "\(pad)\(name) -> (\(shape.typeName))\n"
        if !summary.isEmpty { out += "\(pad)   \(summary)\n" }
        out += "\n"
        var inner = shape
        if case .list(let element) = shape.kind { inner = element }
        guard case .structure(let members) = inner.kind, !stack.contains(inner.name) else { return out }
        stack.append(inner.name)
        for member in members {
            out += outputLines(member.name, member.shape, member.summary, indent: indent + 3, stack: &stack)
        }
        stack.removeLast()
        return out
    }

    /// `rolecall iam wait help`: the waiters and what they poll.
    static func waiters(_ waiters: [Waiter]) -> String {
        var out = "NAME\n  wait -\n\nDESCRIPTION\n  Wait until a particular condition is satisfied. Each subcommand polls an API until "
        out += "the listed requirement is met.\n\nAVAILABLE WAITERS\n"
        for waiter in waiters {
            out += "  o \(waiter.cliName): polls \(waiter.operationCLIName) every \(waiter.delay) second(s) until a successful state is "
            out += "reached; exits 255 after \(waiter.maxAttempts) failed checks.\n"
        }
        return out
    }

    /// The synopsis lines: `--flag <value>`, optional ones in brackets, as the AWS CLI shows them.
    static func synopsis(_ operation: OperationSpec) -> [String] {
        var lines: [String] = []
        for member in operation.visibleParameters {
            let form: String
            if case .boolean = member.shape.kind {
                form = "\(member.flag) | --no-\(member.cliName)"
            } else if let word = OperationArgumentParser.positionalPlaceholder(operation, member) {
                form = "\(word) | \(member.flag) <value>"
            } else {
                form = "\(member.flag) <value>"
            }
            lines.append(member.isRequired ? form : "[\(form)]")
        }
        for custom in OperationArgumentParser.customFlags[operation.name] ?? [] { lines.append("\(custom.flag) <value>") }
        if operation.service == .iam || operation.service == .sts {
            lines.append("[--cli-input-json <value>]")
            lines.append("[--cli-input-yaml <value>]")
            if operation.pagination != nil {
                lines += ["[--starting-token <value>]", "[--page-size <value>]", "[--max-items <value>]"]
            }
            lines.append("[--generate-cli-skeleton <value>]")
        }
        return lines
    }

    /// Constraint lines for one member: required, length or range, allowed values, syntax.
    static func facts(_ member: Member) -> [String] {
        var facts: [String] = []
        if member.isRequired { facts.append("Required.") }
        let unit: String
        switch member.shape.kind {
        case .string, .list: unit = "length"
        default: unit = "value"
        }
        switch (member.shape.minimum, member.shape.maximum) {
        case let (min?, max?): facts.append("Constraints: \(unit) \(min) to \(max).")
        case let (min?, nil): facts.append("Constraints: minimum \(unit) \(min).")
        case let (nil, max?): facts.append("Constraints: maximum \(unit) \(max).")
        default: break
        }
        if !member.shape.enumValues.isEmpty {
            facts.append("Possible values: " + member.shape.enumValues.joined(separator: ", ") + ".")
        }
        if let shorthand = shorthandExample(member) { facts.append("Shorthand Syntax: \(shorthand)") }
        return facts
    }

    /// A shorthand example for structured members, as the AWS CLI documents them.
    static func shorthandExample(_ member: Member) -> String? {
        func structure(_ members: [Member]) -> String {
            members.map { child in
                if case .list = child.shape.kind { return "\(child.name)=string,string" }
                return "\(child.name)=\(child.shape.typeName)"
            }.joined(separator: ",")
        }
        switch member.shape.kind {
        case .structure(let members):
            return structure(members)
        case .list(let element):
            guard case .structure(let members) = element.kind else { return nil }
            let one = structure(members)
            return "\(one) \(one) ..."
        default:
            return nil
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
