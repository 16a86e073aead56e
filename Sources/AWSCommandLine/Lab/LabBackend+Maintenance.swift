import Exercises
import Foundation
import IAMKit
import IAMPolicy
import RoleStore

extension LabBackend {
    /// Every record type a lab holds, one per kind: what `lab check` decodes each file with.
    static let recordTypes: [any LabRecord.Type] = [
        LabSettings.self, Account.self, User.self, Group.self, Role.self, ManagedPolicy.self, MFADevice.self,
        UniqueIDEntry.self, AccessKey.self, ConsoleSession.self, SavedProfile.self, ActiveExercise.self, InstanceProfile.self,
    ]

    /// `lab check`: the store's JSON report and, when the lab has an active exercise, its grade
    /// (`Exercise`); the tool exits 1 unless the store is clean and every task passes.
    func checkLab(_ options: GlobalOptions) throws(CommandError) -> JSONValue {
        let path = try storePath(options)
        let report = try storeCommand(path) { try StoreMaintenance.check(path: path, recordTypes: Self.recordTypes, lockTimeout: lockTimeout).jsonValue }
        guard case .object(var object) = report, let exercise = try gradeActiveExercise(options) else { return report }
        object["Exercise"] = exercise
        return .object(object)
    }

    /// `lab repair`: what was done and what is left.
    func repairLab(_ options: GlobalOptions) throws(CommandError) -> JSONValue {
        let path = try storePath(options)
        let now = service.clock.now()
        return try storeCommand(path) {
            try StoreMaintenance.repair(path: path, recordTypes: Self.recordTypes, now: Date(timeIntervalSince1970: Double(now.secondsSince1970)),
                                        lockTimeout: lockTimeout).jsonValue
        }
    }

    /// `lab reset`, first step: the old lab, however damaged, goes to `backup/<timestamp>/`
    /// (or away with --no-backup), so the reset itself starts from an empty store.
    func setAsideLab(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) {
        let path = try storePath(options)
        let keep = !(parameters["NoBackup"]?.boolValue ?? false)
        let now = service.clock.now()
        _ = try storeCommand(path) { () -> JSONValue in
            _ = try StoreMaintenance.setAside(path: path, keepBackup: keep, now: Date(timeIntervalSince1970: Double(now.secondsSince1970)),
                                              lockTimeout: lockTimeout)
            return .null
        }
    }

    /// `lab export --file FILE [--include-secrets]`: the document, as `Document`; the tool
    /// writes it to FILE through its environment (`LabFileArguments`).
    func exportLab(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let path = try storePath(options)
        let file = parameters["File"]?.stringValue ?? ""
        let secrets = parameters["IncludeSecrets"]?.boolValue ?? false
        return try storeCommand(path) {
            let text = try LabTransfer.export(path: path, includeSecrets: secrets, lockTimeout: lockTimeout)
            return ["File": .string(file), "IncludesSecrets": .bool(secrets), LabFileArguments.exportText: .string(text)]
        }
    }

    /// `lab import --file FILE [--replace]`: the tool has read FILE (within the CLI's size
    /// limit) into `Document`.
    func importLab(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let path = try storePath(options)
        let file = parameters["File"]?.stringValue ?? ""
        guard let text = parameters["Document"]?.stringValue else {
            throw .other("rolecall: lab import has no document to read from \(file)")
        }
        let replace = parameters["Replace"]?.boolValue ?? false
        let now = service.clock.now()
        return try storeCommand(path) {
            let result = try LabTransfer.importDocument(text, source: file, into: path, replace: replace, recordTypes: Self.recordTypes,
                                                        now: Date(timeIntervalSince1970: Double(now.secondsSince1970)))
            return ["Store": .string(path), "Records": .number(JSONNumber(result.records)),
                    "Backup": result.backup.map(JSONValue.string) ?? .null]
        }
    }

    /// `--shared=group`: makes the store group-shared.
    func shareLab(_ path: String) throws(CommandError) {
        _ = try storeCommand(path) { () -> JSONValue in
            try StoreMaintenance.shareWithGroup(path: path)
            return .null
        }
    }
}
