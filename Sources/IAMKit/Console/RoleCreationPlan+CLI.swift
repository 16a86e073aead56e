import IAMPolicy

/// The CLI path to the same role, so the console teaches it: `rolecall iam create-role` with the
/// trust policy inline, then one `attach-role-policy` per chosen policy. The argument vectors are
/// what a test runs through the real CLI; `shellCommands` is what the console shows to copy.
/// Source: https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html,
/// https://docs.aws.amazon.com/cli/latest/reference/iam/attach-role-policy.html
extension RoleCreationPlan {
    /// The commands as argument vectors, without the program name (`["iam", "create-role", …]`).
    /// The trust policy is the console's text, so a role made either way stores the same document.
    public var cliArguments: [[String]] {
        var create = ["iam", "create-role", "--role-name", roleName, "--assume-role-policy-document", trustPolicyDocument]
        if let path, path != "/" { create += ["--path", path] }
        if let description, !description.isEmpty { create += ["--description", description] }
        if let maxSessionDuration, maxSessionDuration != 3600 {
            create += ["--max-session-duration", String(maxSessionDuration)]
        }
        if let permissionsBoundaryARN { create += ["--permissions-boundary", permissionsBoundaryARN] }
        if !tags.isEmpty { create += ["--tags"] + tags.map { "Key=\($0.key),Value=\($0.value)" } }
        let attaches = policyARNs.map { ["iam", "attach-role-policy", "--role-name", roleName, "--policy-arn", $0] }
        return [create] + attaches
    }

    /// The commands as a POSIX shell takes them, each starting with `rolecall iam <operation>
    /// --role-name <name>`, then one option per line with `\` continuations, the trust policy as a multi-line single-quoted word, so each
    /// command reads well in a narrow terminal and still pastes as one command.
    public var shellCommands: [String] {
        cliArguments.map { arguments in
            // `rolecall iam <operation> --role-name <name>` stays on the first line.
            var lines = [(["rolecall"] + arguments.prefix(4).map(Self.shellQuoted)).joined(separator: " ")]
            var index = 4
            while index < arguments.count {
                // Every option takes one value but --tags, which comes last and takes the rest.
                let next = arguments[index] == "--tags" ? arguments.count : min(arguments.count, index + 2)
                let values = arguments[(index + 1)..<next].map(Self.shellQuoted)
                lines.append((["    " + arguments[index]] + values).joined(separator: " "))
                index = next
            }
            return lines.joined(separator: " \\\n")
        }
    }

    /// `word` quoted for a POSIX shell: left bare when it is only safe characters, otherwise in
    /// single quotes with each `'` written as `'\''`.
    public static func shellQuoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
            default: "-_./:=@,+".unicodeScalars.contains(scalar)
            }
        }
        if safe { return word }
        return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
