/// `rolecall configure list|get|set` on the lab's config and credentials files (or the ones
/// `AWS_CONFIG_FILE`/`AWS_SHARED_CREDENTIALS_FILE` name), as awscli/customizations/configure
/// does it (https://docs.aws.amazon.com/cli/latest/reference/configure/).
struct ConfigureCommand {
    /// Files and variables.
    var environment: any CommandEnvironment
    /// Global options (`--profile`, `--store`).
    let options: GlobalOptions

    /// The settings `configure set` writes to the credentials file rather than the config file.
    static let credentialKeys: Set<String> = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"]
    /// The subcommands rolecall has.
    static let subcommands = ["get", "list", "set"]

    /// Runs `configure WORDS`.
    mutating func run(_ words: [String]) throws(CommandError) -> CommandResult {
        guard let subcommand = words.first else {
            throw .other("rolecall: interactive `configure` is not simulated; use: rolecall configure set NAME VALUE")
        }
        let rest = Array(words.dropFirst())
        switch subcommand {
        case "list": return try list(rest)
        case "get": return try get(rest)
        case "set": return try set(rest)
        default:
            throw .usage("argument subcommand: " + ArgumentWord.invalidChoice(subcommand, choices: Self.subcommands))
        }
    }

    private var resolver: ProfileResolver { ProfileResolver(environment: environment) }

    /// `configure get NAME`: the value in the profile, or nothing and exit code 1.
    /// `profile.NAME.key` reads another profile's setting.
    private func get(_ words: [String]) throws(CommandError) -> CommandResult {
        guard words.count == 1, let name = words.first else {
            throw .usage(words.isEmpty ? "the following arguments are required: varname" : "Unknown options: " + words.dropFirst().joined(separator: ", "))
        }
        let (profile, key) = target(name)
        let config = try resolver.load(resolver.configPath(options))
        let credentials = try resolver.load(resolver.credentialsPath(options))
        guard let value = resolver.settings(of: profile, config: config, credentials: credentials)?[key] else {
            return CommandResult(exitCode: .notFound)
        }
        return CommandResult(stdout: value + "\n")
    }

    /// `configure set NAME VALUE`: credentials keys to the credentials file, the rest to the config file.
    private mutating func set(_ words: [String]) throws(CommandError) -> CommandResult {
        guard words.count == 2 else {
            throw .usage(words.count < 2 ? "the following arguments are required: varname, value" : "Unknown options: " + words.dropFirst(2).joined(separator: ", "))
        }
        let (profile, key) = target(words[0])
        let credentialsFile = Self.credentialKeys.contains(key)
        guard let path = credentialsFile ? resolver.credentialsPath(options) : resolver.configPath(options) else {
            throw .other("rolecall: no lab location: set --store DIR, ROLECALL_STORE or HOME")
        }
        var file = try resolver.load(path)
        let section = credentialsFile ? profile : (profile == "default" ? "default" : "profile \(profile)")
        file.set(key, words[1], in: section)
        do throws(FileReadError) {
            try environment.writePrivateFile(atPath: path, bytes: Array(file.text.utf8))
        } catch {
            throw .other(error.message(path: path))
        }
        return CommandResult()
    }

    /// `configure list`: where each setting of the profile in use comes from.
    private func list(_ words: [String]) throws(CommandError) -> CommandResult {
        if !words.isEmpty { throw .unknownOptions(words) }
        let config = try resolver.load(resolver.configPath(options))
        let credentials = try resolver.load(resolver.credentialsPath(options))
        let name = resolver.profileName(options)
        func row(_ name: String, _ value: String, _ type: String, _ location: String) -> String {
            Self.right(name, 10) + " " + Self.right(value, 24) + " " + Self.right(type, 16) + "    " + location + "\n"
        }
        var out = row("Name", "Value", "Type", "Location") + row("----", "-----", "----", "--------")
        if options.profile != nil {
            out += row("profile", name, "manual", "--profile")
        } else if let variable = ["AWS_PROFILE", "AWS_DEFAULT_PROFILE"].first(where: { !(environment.variables[$0] ?? "").isEmpty }) {
            out += row("profile", name, "env", variable)
        } else {
            out += row("profile", "<not set>", "None", "None")
        }
        let fromCredentials = credentials.section(name)
        let fromConfig = name == "default" ? config.section("default") : config.section("profile \(name)")
        let environmentKey = options.profile == nil ? environment.variables["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 } : nil
        if let environmentKey {
            out += row("access_key", Self.mask(environmentKey), "env", "")
            out += row("secret_key", Self.mask(environment.variables["AWS_SECRET_ACCESS_KEY"] ?? ""), "env", "")
        } else if let key = fromCredentials?["aws_access_key_id"] {
            out += row("access_key", Self.mask(key), "shared-credentials-file", "")
            out += row("secret_key", Self.mask(fromCredentials?["aws_secret_access_key"] ?? ""), "shared-credentials-file", "")
        } else if let key = fromConfig?["aws_access_key_id"] {
            out += row("access_key", Self.mask(key), "config-file", "")
            out += row("secret_key", Self.mask(fromConfig?["aws_secret_access_key"] ?? ""), "config-file", "")
        } else if fromConfig?["role_arn"] != nil {
            out += row("access_key", "<not set>", "assume-role", "")
            out += row("secret_key", "<not set>", "assume-role", "")
        } else {
            out += row("access_key", "<not set>", "None", "None")
            out += row("secret_key", "<not set>", "None", "None")
        }
        if let region = environment.variables["AWS_REGION"] ?? environment.variables["AWS_DEFAULT_REGION"] {
            out += row("region", region, "env", environment.variables["AWS_REGION"] != nil ? "AWS_REGION" : "AWS_DEFAULT_REGION")
        } else if let region = fromConfig?["region"], let path = resolver.configPath(options) {
            out += row("region", region, "config-file", path)
        } else {
            out += row("region", "<not set>", "None", "None")
        }
        return CommandResult(stdout: out)
    }

    /// `profile.NAME.key` → (NAME, key); `key` → (the profile in use, key).
    private func target(_ name: String) -> (profile: String, key: String) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[0] == "profile" { return (parts[1], parts[2]) }
        if parts.count == 2, parts[0] == "default" { return ("default", parts[1]) }
        return (resolver.profileName(options), name)
    }

    /// awscli's `mask_value`: sixteen asterisks and the last four characters.
    static func mask(_ value: String) -> String {
        String(repeating: "*", count: 16) + String(value.suffix(4))
    }

    /// Python's `%Ns`: right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
