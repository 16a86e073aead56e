import IAMKit
import RoleStore

/// Reads the AWS CLI's config and credentials files and settles what the profile decides for
/// one command: its output format and its credentials (botocore's session and credential
/// chain, https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html).
///
/// The files are `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, by default `aws/config`
/// and `aws/credentials` inside the lab, never the user's real `~/.aws`: lab keys and real keys
/// never mix. Settings rolecall has no use for (`region`, `cli_pager`, …) are ignored quietly.
struct ProfileResolver {
    /// Files and variables.
    let environment: any CommandEnvironment

    /// The lab directory the default files live in.
    static func storePath(_ options: GlobalOptions, variables: [String: String]) -> String? {
        options.store ?? StoreLocation.resolve(environment: variables)
    }

    /// `AWS_CONFIG_FILE`, else `<lab>/aws/config`.
    func configPath(_ options: GlobalOptions) -> String? {
        path("AWS_CONFIG_FILE", default: "config", options)
    }

    /// `AWS_SHARED_CREDENTIALS_FILE`, else `<lab>/aws/credentials`.
    func credentialsPath(_ options: GlobalOptions) -> String? {
        path("AWS_SHARED_CREDENTIALS_FILE", default: "credentials", options)
    }

    private func path(_ variable: String, default name: String, _ options: GlobalOptions) -> String? {
        if let value = environment.variables[variable], !value.isEmpty {
            return ParamFile.expand(value, environment: environment.variables)
        }
        return Self.storePath(options, variables: environment.variables).map { $0 + "/aws/" + name }
    }

    /// The profile in use: `--profile`, else `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`, else `default`.
    func profileName(_ options: GlobalOptions) -> String {
        options.profile ?? nonEmpty("AWS_PROFILE") ?? nonEmpty("AWS_DEFAULT_PROFILE") ?? "default"
    }

    private func nonEmpty(_ name: String) -> String? {
        environment.variables[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A file's contents (empty when it does not exist).
    func load(_ path: String?) throws(CommandError) -> ConfigFile {
        guard let path else { return ConfigFile(text: "") }
        do throws(FileReadError) {
            // The AWS CLI's config files are small; the parameter-file cap keeps `/dev/zero` out.
            return ConfigFile(text: String(decoding: try environment.readFile(atPath: path, maximumSize: ParamFile.maximumSize), as: UTF8.self))
        } catch {
            guard case .system(let code, let reason) = error else {
                throw .other("Unable to read \(QuotedValue.bounded(path)): \(error.message(path: path))")
            }
            if code == 2 || code == 20 { return ConfigFile(text: "") }
            throw .other("Unable to read \(path): [Errno \(code)] \(reason)")
        }
    }

    /// The settings of profile `name`: the config file's `[profile NAME]` (`[default]`)
    /// overlaid with the credentials file's `[NAME]`; nil when neither file has it.
    func settings(of name: String, config: ConfigFile, credentials: ConfigFile) -> [String: String]? {
        let fromConfig = name == "default" ? (config.section("default") ?? config.section("profile default")) : config.section("profile \(name)")
        let fromCredentials = credentials.section(name)
        guard fromConfig != nil || fromCredentials != nil else { return nil }
        return (fromConfig ?? [:]).merging(fromCredentials ?? [:]) { $1 }
    }

    /// `options` with the output format and credentials the profile and environment decide.
    func resolve(_ options: GlobalOptions, needsCredentials: Bool) throws(CommandError) -> GlobalOptions {
        var resolved = options
        let name = profileName(options)
        let config = try load(configPath(options))
        let credentials = try load(credentialsPath(options))
        let profile = settings(of: name, config: config, credentials: credentials)
        if resolved.output == nil, let text = nonEmpty("AWS_DEFAULT_OUTPUT") ?? profile?["output"] {
            guard let format = OutputFormat(rawValue: text) else { throw .other("Unknown output type: \(text)") }
            resolved.output = format
        }
        guard needsCredentials else { return resolved }
        guard let profile else {
            // Not in the files: an explicitly named profile may still be one `lab save-profile` kept.
            resolved.profile = name == "default" && options.profile == nil ? nil : name
            return resolved
        }
        resolved.profile = nil
        // Keys in the environment win over a profile chosen by AWS_PROFILE, not over --profile.
        if options.profile == nil, nonEmpty("AWS_ACCESS_KEY_ID") != nil { return resolved }
        if let roleARN = profile["role_arn"] {
            guard let sourceName = profile["source_profile"] else {
                throw .other("rolecall: profile \"\(name)\" has role_arn but no source_profile "
                    + "(credential_source and web identity are not simulated)")
            }
            guard let source = settings(of: sourceName, config: config, credentials: credentials) else {
                throw .other("The source_profile \"\(sourceName)\" referenced in the profile \"\(name)\" does not exist.")
            }
            guard let keys = Self.keys(source) else {
                throw .other("The source profile \"\(sourceName)\" must have credentials.")
            }
            var duration: Int?
            if let text = profile["duration_seconds"] {
                guard let value = Int(text) else { throw .other("invalid literal for int() with base 10: \(PythonText.repr(text))") }
                duration = value
            }
            resolved.credentials = .role(RoleProfile(profileName: name, roleARN: roleARN, source: keys, mfaSerial: profile["mfa_serial"],
                                                     externalID: profile["external_id"], sessionName: profile["role_session_name"],
                                                     durationSeconds: duration))
        } else if let keys = Self.keys(profile) {
            resolved.credentials = .keys(keys, profile: name)
        }
        return resolved
    }

    private static func keys(_ settings: [String: String]) -> StaticCredentials? {
        guard let keyID = settings["aws_access_key_id"], !keyID.isEmpty, let secret = settings["aws_secret_access_key"] else { return nil }
        let token = settings["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
        return StaticCredentials(accessKeyID: keyID, secretAccessKey: secret, sessionToken: token)
    }
}
