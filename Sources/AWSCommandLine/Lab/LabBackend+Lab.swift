import IAMKit
import IAMPolicy
import RoleStore

extension LabBackend {
    /// `rolecall lab init|reset|add-account|raise-quota|info`.
    func runLab(_ operation: OperationSpec, parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        switch operation.name {
        case "LabMFACode": return try mfaCode(parameters, options: options)
        case "LabInfo": return try labInfo(options)
        case "LabCheck": return try checkLab(options)
        case "LabExerciseList": return try listExercises(options)
        case "LabExerciseStart": return try startExercise(parameters, options: options)
        case "LabClass": return try classView(parameters)
        case "LabRepair": return try repairLab(options)
        case "LabExport": return try exportLab(parameters, options: options)
        case "LabImport": return try importLab(parameters, options: options)
        case "LabReset":
            // A reset that is going to be refused must not set the old lab aside first.
            if let accountID = parameters["AccountId"]?.stringValue {
                try Self.domain { () throws(ServiceError) in try Account.validateID(accountID) }
            }
            try setAsideLab(parameters, options: options)
        default: break
        }
        let creates = operation.name == "LabInit" || operation.name == "LabReset"
        var store = try open(options, create: creates)
        if creates, parameters["Shared"]?.stringValue == "group" {
            try shareLab(store.path)
            // Reopen: a store reads its sharing (file and directory modes) when it opens.
            store = try open(options, create: false)
        }
        let service = self.service
        let accountID = parameters["AccountId"]?.stringValue
        let variables = self.variables
        try transact(store, readOnly: false, operation: operation.name) { lab in
            switch operation.name {
            case "LabInit":
                if try lab.record(LabSettings.self, at: LabSettings.key) != nil {
                    throw CommandError.other("rolecall: a lab already exists at \(store.path). Start over with: rolecall lab reset")
                }
                try Self.initialize(&lab, demo: parameters["Demo"]?.boolValue ?? false, accountID: accountID, service: service)
            case "LabReset":
                try Self.removeEverything(&lab)
                try Self.initialize(&lab, demo: accountID == nil, accountID: accountID, service: service)
            case "LabAddAccount":
                guard let accountID else { return }
                try Self.domain { () throws(ServiceError) in
                    try service.createAccount(accountID, alias: parameters["Alias"]?.stringValue, in: &lab)
                }
                var settings = try lab.record(LabSettings.self, at: LabSettings.key) ?? LabSettings()
                if settings.currentAccountID == nil {
                    settings.currentAccountID = accountID
                    try lab.put(settings)
                }
            case "LabRaiseQuota":
                let name = parameters["QuotaName"]?.stringValue ?? ""
                guard let quota = AccountQuota(rawValue: name) else {
                    let names = AccountQuota.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CommandError.other("rolecall: there is no quota named '\(name)'; the lab enforces \(names)")
                }
                // Both are required, and the parser has checked that Value is an integer.
                guard let accountID, let value = parameters["Value"]?.numberValue?.intValue else {
                    throw CommandError.other("rolecall: lab raise-quota needs --account-id and a whole-number --value")
                }
                try Self.domain { () throws(ServiceError) in try service.raiseQuota(quota, to: value, for: accountID, in: &lab) }
            case "LabSaveProfile":
                let keyID = parameters["AccessKeyId"]?.stringValue ?? variables["AWS_ACCESS_KEY_ID"] ?? ""
                guard let key = try lab.record(AccessKey.self, at: AccessKey.key(keyID)) else {
                    throw CommandError.other("rolecall: the lab at \(store.path) did not issue access key '\(keyID)'; "
                        + "give --access-key-id or export AWS_ACCESS_KEY_ID first")
                }
                try lab.put(SavedProfile(name: parameters["ProfileName"]?.stringValue ?? "default", accessKeyID: key.accessKeyID,
                                         secretAccessKey: parameters["SecretAccessKey"]?.stringValue ?? variables["AWS_SECRET_ACCESS_KEY"] ?? "",
                                         sessionToken: parameters["SessionToken"]?.stringValue ?? variables["AWS_SESSION_TOKEN"]))
            default:
                break
            }
        }
        if operation.name == "LabSaveProfile" { return .object(JSONObject()) }
        return try labInfo(options)
    }

    private static func initialize(_ lab: inout StoreTransaction, demo: Bool, accountID: String?, service: IAMService) throws {
        try lab.put(LabSettings(schemaVersion: StoreManifest.currentSchemaVersion))
        if demo {
            try domain { () throws(ServiceError) in try DemoLab.populate(using: service, in: &lab) }
        } else if let accountID {
            try domain { () throws(ServiceError) in try service.createAccount(accountID, in: &lab) }
            try lab.put(LabSettings(schemaVersion: StoreManifest.currentSchemaVersion, currentAccountID: accountID))
        }
    }

    /// Removes every record the lab holds, kind by kind.
    private static func removeEverything(_ lab: inout StoreTransaction) throws {
        let accounts = try lab.records(Account.self, in: RecordKey.labScope)
        for account in accounts {
            let scope = account.accountID
            for key in try lab.records(User.self, in: scope).map(\.recordKey) { try lab.remove(key) }
            for key in try lab.records(Group.self, in: scope).map(\.recordKey) { try lab.remove(key) }
            for key in try lab.records(Role.self, in: scope).map(\.recordKey) { try lab.remove(key) }
            for key in try lab.records(ManagedPolicy.self, in: scope).map(\.recordKey) { try lab.remove(key) }
            for key in try lab.records(MFADevice.self, in: scope).map(\.recordKey) { try lab.remove(key) }
            try lab.remove(account.recordKey)
        }
        let scope = RecordKey.labScope
        for key in try lab.records(AccessKey.self, in: scope).map(\.recordKey) { try lab.remove(key) }
        for key in try lab.records(UniqueIDEntry.self, in: scope).map(\.recordKey) { try lab.remove(key) }
        for key in try lab.records(SavedProfile.self, in: scope).map(\.recordKey) { try lab.remove(key) }
        for key in try lab.records(ConsoleSession.self, in: scope).map(\.recordKey) { try lab.remove(key) }
        try lab.remove(LabSettings.key)
    }

    private static func domain(_ body: () throws(ServiceError) -> Void) throws(CommandError) {
        do {
            try body()
        } catch {
            throw CommandError.service(ServiceFailure(error), operation: "")
        }
    }
}
