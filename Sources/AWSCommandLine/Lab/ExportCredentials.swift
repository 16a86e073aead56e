import IAMKit
import IAMPolicy

// `rolecall configure export-credentials [--format F]`: AWS CLI v2's command that prints the
// credentials in use so a shell can adopt them (`eval "$(rolecall configure export-credentials
// --profile alice --format env)"`). Formats and texts follow the AWS CLI
// (awscli/customizations/configure/exportcreds.py; https://awscli.amazonaws.com/v2/documentation/api/latest/reference/configure/export-credentials.html):
// it ignores --query and --output, and with no credentials fails with a ConfigurationError (253).

extension ShapeCatalog {
    static let credentialFormat = Shape("CredentialFormat", .string,
                                        enumValues: ["process", "env", "env-no-export", "powershell", "windows-cmd", "fish"])
}

extension OperationSpec {
    static let configureExportCredentials = OperationSpec(
        service: .configure, name: "ConfigureExportCredentials", cliName: "export-credentials",
        summary: "Prints the credentials in use (--profile NAME, else the AWS_* variables) for a shell or a credential_process.",
        parameters: [
            Member("Format", "format", ShapeCatalog.credentialFormat,
                   "process (JSON, the default), env (export lines for eval), env-no-export, powershell, windows-cmd or fish."),
        ],
        pagination: nil
    )
}

extension OperationTable {
    /// The AWS CLI's `configure` commands rolecall has.
    static let configureCommands: [OperationSpec] = [.configureExportCredentials]
}

/// Credentials as `export-credentials` prints them.
struct ExportedCredentials: Equatable {
    var accessKeyID: String
    var secretAccessKey: String
    var sessionToken: String?
    /// ISO 8601 with `+00:00`, as Python's `isoformat()` writes it.
    var expiration: String?

    /// The text for `format` (one of `ShapeCatalog.credentialFormat`'s values).
    func text(format: String) -> String {
        if format == "process" {
            // Python's json.dumps(indent=2, separators=(',', ': ')): a flat object, two spaces.
            var pairs: [(String, JSONValue)] = [("Version", .number(JSONNumber(1))), ("AccessKeyId", .string(accessKeyID)),
                                                ("SecretAccessKey", .string(secretAccessKey))]
            if let sessionToken { pairs.append(("SessionToken", .string(sessionToken))) }
            if let expiration { pairs.append(("Expiration", .string(expiration))) }
            let members = pairs.map { "  \(JSONWriter.string(for: .string($0.0), style: .compact)): \(JSONWriter.string(for: $0.1, style: .compact))" }
            return "{\n" + members.joined(separator: ",\n") + "\n}\n"
        }
        var variables = [("AWS_ACCESS_KEY_ID", accessKeyID), ("AWS_SECRET_ACCESS_KEY", secretAccessKey)]
        if let sessionToken { variables.append(("AWS_SESSION_TOKEN", sessionToken)) }
        if let expiration { variables.append(("AWS_CREDENTIAL_EXPIRATION", expiration)) }
        return variables.map { name, value in
            switch format {
            case "env-no-export": "\(name)=\(value)\n"
            case "powershell": "$Env:\(name)=\"\(value)\"\n"
            case "windows-cmd": "set \(name)=\(value)\n"
            case "fish": "set -gx \(name) \"\(value)\"\n"
            default: "export \(name)=\(value)\n"
            }
        }.joined()
    }
}

extension LabBackend {
    /// The credentials in use: `--profile NAME` (saved in the lab), else the `AWS_*` variables.
    /// The result is the text to print, as a string the tool prints bare.
    func exportCredentials(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let format = parameters["Format"]?.stringValue ?? "process"
        let formats = ShapeCatalog.credentialFormat.enumValues
        guard formats.contains(format) else {
            throw .usage("argument --format: " + ArgumentWord.invalidChoice(format, choices: formats))
        }
        let credentials: ExportedCredentials
        if let name = options.profile {
            let store = try open(options, create: false)
            credentials = try transact(store, readOnly: true, operation: "ConfigureExportCredentials") { lab -> ExportedCredentials in
                guard let profile = try lab.record(SavedProfile.self, at: SavedProfile.key(name)) else {
                    throw CommandError.other("The config profile (\(name)) could not be found")
                }
                let key = try lab.record(AccessKey.self, at: AccessKey.key(profile.accessKeyID))
                return ExportedCredentials(accessKeyID: profile.accessKeyID, secretAccessKey: profile.secretAccessKey,
                                           sessionToken: profile.sessionToken, expiration: key?.expiration?.awsCLI)
            }
        } else if let keyID = variables["AWS_ACCESS_KEY_ID"], !keyID.isEmpty,
                  let secret = variables["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty {
            credentials = ExportedCredentials(accessKeyID: keyID, secretAccessKey: secret,
                                              sessionToken: variables["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
                                              expiration: variables["AWS_CREDENTIAL_EXPIRATION"].flatMap { $0.isEmpty ? nil : $0 })
        } else {
            throw .configuration("Unable to retrieve credentials: no credentials found\n"
                + "rolecall: without credentials, commands act as the root user of --account or of the lab's current account; "
                + "export a user's key (iam create-access-key) or save one with lab save-profile first.")
        }
        return .string(credentials.text(format: format))
    }
}
