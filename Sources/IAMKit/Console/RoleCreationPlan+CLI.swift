import IAMPolicy

/// The CLI path to the same role, so the console teaches it: `rolecall iam create-role` with the
/// trust policy inline, then one `attach-role-policy` per chosen policy. The argument vectors are
/// what a test runs through the real CLI; `shellCommands` is what the console shows to copy.
/// Source: https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html,
/// https://docs.aws.amazon.com/cli/latest/reference/iam/attach-role-policy.html
extension RoleCreationPlan {
    /// The commands as argument vectors, without the program name (`["iam", "create-role", …]`).
    /// The trust policy is passed compact (one line, easy to copy); it is the same JSON value.
    public var cliArguments: [[String]] {
        var create = ["iam", "create-role", "--role-name", roleName,
                      "--assume-role-policy-document", JSONWriter.string(for: trustPolicy, style: .compact)]
        if let path, path != "/" { create += ["--path", path] }
        if let description, !description.isEmpty { create += ["--description", description] }
        if let maxSessionDuration, maxSessionDuration != 3600 {
            create += ["--max-session-duration", String(maxSessionDuration)]
        }
        if let permissionsBoundaryARN { create += ["--permissions-boundary", permissionsBoundaryARN] }
        let attaches = policyARNs.map { ["iam", "attach-role-policy", "--role-name", roleName, "--policy-arn", $0] }
        return [create] + attaches
    }

    /// The commands as a POSIX shell would take them, each starting with `rolecall`.
    public var shellCommands: [String] {
        cliArguments.map { (["rolecall"] + $0).map(Self.shellQuoted).joined(separator: " ") }
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
