import Foundation
import IAMKit
import IAMPolicy

/// The `lab check`, `lab repair` and `lab reset` work on a store that may be too damaged to
/// open: these never replay a journal or read the change log on the way in, so a corrupt
/// journal or log cannot wedge them.
public enum StoreMaintenance {
    /// Reads the whole store under the shared lock and reports every problem; changes nothing.
    /// `recordTypes` are the record types of the lab (one per kind) used to decode each file.
    public static func check(path: String, recordTypes: [any LabRecord.Type], lockTimeout: Double = 10) throws -> StoreCheckReport {
        let directory = try StoreDirectory(path: path, create: false)
        let lock = try StoreLock(directory: directory, recordsHolder: false)
        try lock.acquire(exclusive: false, timeout: lockTimeout)
        defer { lock.release(exclusive: false) }
        var check = StoreCheck(directory: directory, types: recordTypes)
        let problems = try check.run()
        return StoreCheckReport(store: directory.path, recordsChecked: check.recordsChecked, problems: problems)
    }

    /// What `lab repair` did.
    public struct RepairReport: Sendable, Equatable {
        /// Each action, in words.
        public var actions: [String]
        /// Where quarantined files went, relative to the store (nil when none were moved).
        public var quarantine: String?
        /// What `lab check` still finds afterwards (only problems repair reports but does not fix).
        public var remaining: StoreCheckReport

        /// The report as a JSON object.
        public var jsonValue: JSONValue {
            ["Actions": .array(actions.map(JSONValue.string)), "Quarantine": quarantine.map(JSONValue.string) ?? .null,
             "Remaining": remaining.jsonValue]
        }
    }

    /// Completes a pending commit (or moves an unusable journal away), moves every unsafe,
    /// unreadable, mismatched or stray file into `quarantine/<timestamp>/` with a note of why,
    /// and gives files and directories the store's modes. Never deletes anything.
    public static func repair(path: String, recordTypes: [any LabRecord.Type], now: Date = Date(),
                              lockTimeout: Double = 10) throws -> RepairReport {
        let directory = try StoreDirectory(path: path, create: false)
        let lock = try StoreLock(directory: directory, recordsHolder: false)
        try lock.acquire(exclusive: true, timeout: lockTimeout)
        defer { lock.release(exclusive: true) }
        var actions: [String] = []
        let quarantine = try freshDirectory("quarantine", now: now, in: directory)
        var notes: [String] = []
        func moveAway(_ relative: String, _ why: String) throws {
            try directory.move(relative, to: quarantine + "/" + relative)
            notes.append("\(relative): \(why)")
            actions.append("moved \(relative) to \(quarantine)/\(relative): \(why)")
        }
        if try directory.exists(Journal.fileName) {
            let writer = JournalWriter(directory: directory, durability: .full, hook: nil)
            do {
                if let journal = try writer.pending() {
                    try writer.apply(journal)
                    actions.append("completed the commit left in journal.json")
                }
            } catch {
                try moveAway(Journal.fileName, "the commit journal could not be completed (\(JournalWriter.describe(error))); "
                             + "the commit it held was rolled back")
            }
        }
        var check = StoreCheck(directory: directory, types: recordTypes)
        for problem in try check.run() {
            switch problem.code {
            case .permissions:
                if try fixMode(problem.path, in: directory) { actions.append("set the mode of \(problem.path)") }
            case _ where problem.isQuarantined && problem.path != Journal.fileName:
                if try directory.exists(problem.path) { try moveAway(problem.path, problem.message) }
            default:
                break
            }
        }
        if notes.isEmpty {
            directory.removeEmptyDirectory(quarantine)
            directory.removeEmptyDirectory("quarantine")
        } else {
            let note = "Moved here by `rolecall lab repair` on \(AuditEvent.timestamp(now)); nothing was deleted.\n"
                + notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
            try directory.replace(quarantine + "/WHY.txt", with: Data(note.utf8), sync: true)
        }
        var after = StoreCheck(directory: directory, types: recordTypes)
        let remaining = try after.run()
        return RepairReport(actions: actions, quarantine: notes.isEmpty ? nil : quarantine,
                            remaining: StoreCheckReport(store: directory.path, recordsChecked: after.recordsChecked, problems: remaining))
    }

    /// Empties the store for `lab reset`, whatever state it is in: everything but the lock
    /// note, `backup/` and `quarantine/` moves into `backup/<timestamp>/` (or is deleted when
    /// `keepBackup` is false), then a fresh `store.json` is written. A directory that is not
    /// empty and holds no `store.json` is refused (it is not a lab). Returns the backup's
    /// path relative to the store, or nil when nothing was kept.
    @discardableResult
    public static func setAside(path: String, keepBackup: Bool, now: Date = Date(), createdBy: String = "rolecall",
                                lockTimeout: Double = 10) throws -> String? {
        let directory = try StoreDirectory(path: path, create: true)
        let lock = try StoreLock(directory: directory, recordsHolder: false)
        try lock.acquire(exclusive: true, timeout: lockTimeout)
        defer { lock.release(exclusive: true) }
        let kept: Set<String> = [StoreLock.fileName, "backup", "quarantine"]
        let entries = try directory.list("").filter { !kept.contains($0) }.sorted()
        guard !entries.isEmpty else { return nil }
        guard try directory.exists(StoreLayout.manifestFileName) || entries.allSatisfy(StoreLayout.creationLeftovers.contains) else {
            throw StoreError.notAStore(path: directory.path)
        }
        var backup: String?
        if keepBackup {
            let target = try freshDirectory("backup", now: now, in: directory)
            for entry in entries { try directory.move(entry, to: target + "/" + entry) }
            backup = target
        } else {
            for entry in entries { try directory.removeTree(entry) }
        }
        let manifest = StoreManifest(createdBy: createdBy)
        try directory.replace(StoreLayout.manifestFileName, with: try RecordCodec().encodeFile(manifest), sync: true)
        try directory.syncDirectory("")
        return backup
    }

    /// `<parent>/<UTC timestamp>` (with `-2`, `-3`… when taken), created; relative to the store.
    static func freshDirectory(_ parent: String, now: Date, in directory: StoreDirectory) throws -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let stamp = String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                           parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        var candidate = parent + "/" + stamp
        var suffix = 2
        while try directory.exists(candidate) {
            candidate = parent + "/" + stamp + "-\(suffix)"
            suffix += 1
        }
        try directory.makeDirectories(candidate)
        return candidate
    }

    /// Gives `relative` the store's mode; false when it is gone or not a file or directory.
    private static func fixMode(_ relative: String, in directory: StoreDirectory) throws -> Bool {
        guard let status = try directory.status(relative), directory.describeUnsafe(status) == nil else { return false }
        let isDirectory = status.st_mode & S_IFMT == S_IFDIR
        try directory.setMode(relative, isDirectory ? directory.sharing.directoryMode : directory.sharing.fileMode)
        return true
    }
}
