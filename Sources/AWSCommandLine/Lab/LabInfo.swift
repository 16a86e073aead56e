import IAMKit
import IAMPolicy
import RoleStore

/// The files rolecall reads or writes outside the store, as the executable resolves them
/// (the console's theme lookup lives in ConsoleUI, the shipped themes beside the binary), so
/// `lab info` can list them. Tests and programs that have none pass `.none`.
public struct InstallationPaths: Sendable {
    /// `$XDG_CONFIG_HOME/rolecall/config.json` (or `~/.config/rolecall/config.json`).
    public var configFile: String?
    /// `$XDG_CONFIG_HOME/rolecall/themes`: the user's own themes.
    public var userThemesDirectory: String?
    /// The shipped `Themes/` directories found beside the executable.
    public var shippedThemesDirectories: [String]
    /// Whether a file or directory exists at a path.
    public var exists: @Sendable (String) -> Bool

    /// Creates the list.
    public init(configFile: String?, userThemesDirectory: String?, shippedThemesDirectories: [String],
                exists: @escaping @Sendable (String) -> Bool) {
        self.configFile = configFile
        self.userThemesDirectory = userThemesDirectory
        self.shippedThemesDirectories = shippedThemesDirectories
        self.exists = exists
    }

    /// No paths beyond the store, and nothing known to exist.
    public static let none = InstallationPaths(configFile: nil, userThemesDirectory: nil, shippedThemesDirectories: [],
                                               exists: { _ in false })
}

/// What `lab info` prints: an ordered list of fields, so later features add a line with
/// `add(_:_:)` without reshaping the rest. Like `k9s info`, it works before any lab exists.
struct LabInfoReport {
    /// The fields, in the order they are printed.
    private(set) var fields: [(String, JSONValue)] = []

    /// Appends a field.
    mutating func add(_ name: String, _ value: JSONValue) {
        fields.append((name, value))
    }

    /// The JSON object `lab info` prints.
    var json: JSONValue { .object(JSONObject(pairs: fields)) }

    /// One `Paths` entry: what the file is for, where it is, and whether it is there now.
    static func path(_ name: String, _ path: String, purpose: String, exists: Bool) -> JSONValue {
        .object(JSONObject(pairs: [("Name", .string(name)), ("Path", .string(path)), ("Exists", .bool(exists)),
                                   ("Purpose", .string(purpose))]))
    }
}

extension LabBackend {
    /// The demo users' console passwords, each shown only while it is still the user's password.
    private func demoPasswords(in lab: StoreTransaction) throws -> [JSONValue] {
        var entries: [JSONValue] = []
        for (name, password) in DemoLab.demoPasswords {
            guard let user = try lab.record(User.self, at: User.key(DemoLab.developmentAccountID, name)),
                  let profile = user.loginProfile, profile.matches(password) else { continue }
            entries.append(.object(JSONObject(pairs: [
                ("UserName", .string(name)), ("AccountId", .string(DemoLab.developmentAccountID)), ("Password", .string(password)),
                ("Purpose", "Demo password of this training lab, published with rolecall: for the console's Sign in only, never for real accounts"),
            ])))
        }
        return entries
    }

    /// `lab info`: every path rolecall reads or writes, then the lab's accounts and clock. With
    /// no lab at the store path yet it says so (exit 0) instead of failing.
    func labInfo(_ options: GlobalOptions) throws(CommandError) -> JSONValue {
        let storePath = try self.storePath(options)
        let exists = installation.exists
        var report = LabInfoReport()
        report.add("Store", .string(storePath))
        let store: LabStore?
        do {
            store = try LabStore(path: storePath, create: false, lockTimeout: lockTimeout)
        } catch StoreError.storeMissing {
            store = nil
        } catch {
            throw .other("rolecall: \(error)")
        }
        report.add("LabExists", .bool(store != nil))
        // A group-shared lab (lab init --shared=group) says with which group.
        report.add("Shared", .bool(store?.sharedGroup != nil))
        if let group = store?.sharedGroup { report.add("SharedGroup", .string(group)) }
        var paths: [JSONValue] = [
            LabInfoReport.path("Store", storePath, purpose: "the lab: records, lock, journal (--store, ROLECALL_STORE, XDG_DATA_HOME)",
                               exists: store != nil),
            LabInfoReport.path("Audit", storePath + "/audit", purpose: "CloudTrail-style audit log, one file per UTC day (YYYY-MM-DD.jsonl)",
                               exists: exists(storePath + "/audit")),
            LabInfoReport.path("Profiles", storePath + "/lab/profile", purpose: "credentials saved by lab save-profile, for --profile",
                               exists: exists(storePath + "/lab/profile")),
        ]
        // The AWS CLI files this lab's commands read (never the user's real ~/.aws).
        let awsConfig = variables["AWS_CONFIG_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? storePath + "/aws/config"
        let awsCredentials = variables["AWS_SHARED_CREDENTIALS_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? storePath + "/aws/credentials"
        paths.append(LabInfoReport.path("AWSConfig", awsConfig, purpose: "AWS CLI config file: profiles, role_arn, output (AWS_CONFIG_FILE)",
                                        exists: exists(awsConfig)))
        paths.append(LabInfoReport.path("AWSCredentials", awsCredentials,
                                        purpose: "AWS CLI credentials file: profiles' keys (AWS_SHARED_CREDENTIALS_FILE)", exists: exists(awsCredentials)))
        if let config = installation.configFile {
            paths.append(LabInfoReport.path("Config", config, purpose: "console settings (theme)", exists: exists(config)))
        }
        if let themes = installation.userThemesDirectory {
            paths.append(LabInfoReport.path("UserThemes", themes, purpose: "your themes, by --theme NAME", exists: exists(themes)))
        }
        for directory in installation.shippedThemesDirectories {
            paths.append(LabInfoReport.path("ShippedThemes", directory, purpose: "themes installed with rolecall", exists: true))
        }
        report.add("Paths", .array(paths))
        report.add("ConfigFile", .string(awsConfig))
        report.add("CredentialsFile", .string(awsCredentials))
        report.add("Credentials", .string("--profile NAME (the files above, else lab save-profile), else AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
            + "AWS_SESSION_TOKEN, else AWS_PROFILE, else the root user of --account or of the current account"))
        // The real AWS CLI and SDKs reach this lab through `rolecall serve` (docs/guide.md).
        report.add("Serve", .string("rolecall serve --store \(storePath)  # prints AWS_ENDPOINT_URL (http://127.0.0.1:4566) and a key pair "
            + "to export; then aws (or --endpoint-url) and boto3 (endpoint_url=...) call this lab"))
        report.add("SchemaVersion", .number(JSONNumber(StoreManifest.currentSchemaVersion)))
        report.add("Clock", .string(service.clock.now().awsCLI))
        report.add("ClockSource", .string(variables["ROLECALL_NOW"] != nil ? "ROLECALL_NOW" : "system"))
        guard let store else {
            report.add("CurrentAccount", .null)
            report.add("Accounts", .array([]))
            report.add("Hint", .string("No lab at \(storePath) yet. Create one with: rolecall lab init --demo"))
            return report.json
        }
        let state = try transact(store, readOnly: true, operation: "LabInfo") { lab -> (JSONValue, [JSONValue], [JSONValue]) in
            let settings = try lab.record(LabSettings.self, at: LabSettings.key)
            let accounts = try lab.records(Account.self, in: RecordKey.labScope).map { account -> JSONValue in
                var object: JSONObject = ["AccountId": .string(account.accountID)]
                if let alias = account.alias { object["Alias"] = .string(alias) }
                return .object(object)
            }
            return (settings?.currentAccountID.map(JSONValue.string) ?? .null, accounts, try demoPasswords(in: lab))
        }
        report.add("CurrentAccount", state.0)
        report.add("Accounts", .array(state.1))
        if !state.2.isEmpty { report.add("ConsolePasswords", .array(state.2)) }
        return report.json
    }
}
