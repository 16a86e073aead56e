import Foundation
import IAMKit
import IAMPolicy

/// `rolecall lab check`: reads a whole store under the shared lock, changes nothing, and
/// reports every problem: links and other unsafe entries, records that do not parse or whose
/// name disagrees with their contents, unique IDs claimed twice or pointing nowhere, references
/// between records that do not resolve (StoreReferenceCheck), a pending
/// or damaged journal, a damaged change log or audit line, wrong permissions.
struct StoreCheck {
    let directory: StoreDirectory
    /// The record type of each kind, to decode and compare identities.
    let types: [RecordKind: any LabRecord.Type]
    private let codec = RecordCodec()
    private(set) var problems: [StoreProblem] = []
    private(set) var recordsChecked = 0
    /// Unique IDs seen in entity records, with the files claiming them.
    private var claims: [String: [String]] = [:]
    /// Record keys whose files exist (for references).
    private var present = Set<RecordKey>()
    private var uniqueIDEntries: [(path: String, entry: UniqueIDEntry)] = []
    /// The decoded records, for the references between them.
    private var references = StoreReferenceCheck()

    init(directory: StoreDirectory, types: [any LabRecord.Type]) {
        self.directory = directory
        var byKind: [RecordKind: any LabRecord.Type] = [:]
        for type in types { byKind[type.kind] = type }
        self.types = byKind
    }

    /// Top-level entries that are not part of the live lab.
    static let setAsideDirectories: Set<String> = ["backup", "quarantine"]

    /// Runs every check.
    mutating func run() throws -> [StoreProblem] {
        try checkManifest()
        try walk("", depth: 0)
        try checkJournal()
        try checkChangeLog()
        checkUniqueIDs()
        problems += references.problems()
        return problems.sorted { ($0.path, $0.code.rawValue) < ($1.path, $1.code.rawValue) }
    }

    private mutating func report(_ code: StoreProblem.Code, _ path: String, _ message: String) {
        problems.append(StoreProblem(code: code, path: path, message: message))
    }

    private mutating func checkManifest() throws {
        let name = StoreLayout.manifestFileName
        do {
            guard let data = try directory.read(name) else {
                report(.manifest, name, "store.json is missing")
                return
            }
            let manifest = try codec.decodeFile(StoreManifest.self, from: data, path: directory.display(name))
            try manifest.checkVersion(store: directory.path)
        } catch {
            report(.manifest, name, JournalWriter.describe(error))
        }
    }

    /// Visits every entry without following links.
    private mutating func walk(_ relative: String, depth: Int) throws {
        for name in try directory.list(relative).sorted() {
            if relative.isEmpty && Self.setAsideDirectories.contains(name) { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            guard let status = try directory.status(path) else { continue }
            if let unsafe = directory.describeUnsafe(status) {
                report(.unsafeEntry, path, "\(path) \(unsafe)")
                continue
            }
            let isDirectory = status.st_mode & S_IFMT == S_IFDIR
            checkMode(path, mode: status.st_mode, isDirectory: isDirectory)
            if isDirectory {
                if depth < 2 { try walk(path, depth: depth + 1) } else {
                    report(.strayFile, path, "\(path) is a directory where the store keeps only record files")
                }
                continue
            }
            try checkFile(path, depth: depth)
        }
    }

    private mutating func checkMode(_ path: String, mode: mode_t, isDirectory: Bool) {
        if path == StoreLock.fileName { return }
        let expected = isDirectory ? directory.sharing.directoryMode : directory.sharing.fileMode
        let actual = mode & 0o7777
        if actual != expected {
            let octal = { (value: mode_t) in String(value, radix: 8) }
            report(.permissions, path, "\(path) has mode \(octal(actual)); a \(directory.sharing.isShared ? "group-shared" : "private") lab uses \(octal(expected))")
        }
    }

    private mutating func checkFile(_ path: String, depth: Int) throws {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(".") && name.hasSuffix(".tmp") { return }  // an interrupted write's leftover: never read
        if depth == 0 {
            if [StoreLayout.manifestFileName, StoreLock.fileName, Journal.fileName, ChangeLog.fileName].contains(name) { return }
        } else if depth == 1, path == StoreLayout.awsConfigDirectoryName + "/" + name, StoreLayout.awsConfigFileNames.contains(name) {
            return
        } else if JournalWriter.isLogPath(path) {
            try checkAuditFile(path)
            return
        } else if let key = RecordPath.key(forRelativePath: path) {
            try checkRecord(path, key: key)
            return
        }
        report(.strayFile, path, "\(path) is not a file the store keeps")
    }

    private mutating func checkRecord(_ path: String, key: RecordKey) throws {
        recordsChecked += 1
        guard let type = types[key.kind] else { return }
        guard let data = try directory.read(path) else { return }
        do {
            let record = try codec.decode(type, from: data, path: directory.display(path), key: key)
            present.insert(key)
            references.add(record, path: path)
            if let entry = record as? UniqueIDEntry { uniqueIDEntries.append((path, entry)) }
            for id in Self.uniqueIDs(in: data) where key.kind != .uniqueID { claims[id, default: []].append(path) }
        } catch let error as StoreError {
            if case .recordMismatch = error {
                report(.nameMismatch, path, error.description)
            } else {
                report(.unreadableRecord, path, error.description)
            }
        }
    }

    /// The entity unique IDs (AIDA…, AROA…, AGPA…, ANPA…) a record's top-level members hold.
    static func uniqueIDs(in data: Data) -> [String] {
        guard case let .object(object)? = try? JSONParser.parse(String(decoding: data, as: UTF8.self)) else { return [] }
        return object.compactMap { member -> String? in
            guard member.key.hasSuffix("Id") || member.key.hasSuffix("ID"), case let .string(text) = member.value,
                  text.count == 21, ["AIDA", "AROA", "AGPA", "ANPA"].contains(String(text.prefix(4))) else { return nil }
            return text
        }
    }

    private mutating func checkUniqueIDs() {
        for (id, paths) in claims where paths.count > 1 {
            // The file the index names keeps the ID; the others are copies.
            let owner = uniqueIDEntries.first { $0.entry.uniqueID == id }.flatMap { Self.key(forARN: $0.entry.arn) }
                .map { (try? RecordPath.relativePath(for: $0)) ?? "" }
            for path in paths.sorted() where path != (owner ?? paths.sorted()[0]) {
                report(.duplicateUniqueID, path, "\(path) claims the unique ID \(id), which \(owner ?? paths.sorted()[0]) holds")
            }
        }
        for (path, entry) in uniqueIDEntries {
            guard let key = Self.key(forARN: entry.arn), present.contains(key) else {
                report(.danglingReference, path, "the unique ID \(entry.uniqueID) names \(entry.arn), which the lab does not hold")
                continue
            }
        }
    }

    /// The record key of an IAM entity ARN (`arn:aws:iam::123456789012:role/path/Name`).
    static func key(forARN arn: String) -> RecordKey? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[2] == "iam", let slash = parts[5].firstIndex(of: "/") else { return nil }
        let kinds: [Substring: RecordKind] = ["role": .role, "user": .user, "group": .group, "policy": .policy]
        guard let kind = kinds[parts[5][..<slash]], let name = parts[5].split(separator: "/").last else { return nil }
        return RecordKey(kind: kind, scope: String(parts[4]), name: name.lowercased())
    }

    private mutating func checkAuditFile(_ path: String) throws {
        guard path != ChangeLog.fileName, let data = try directory.read(path) else { return }
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard case .object? = try? JSONParser.parse(String(decoding: line, as: UTF8.self)) else {
                report(.corruptAuditLine, path, "\(path) line \(index + 1) is not one JSON object")
                continue
            }
        }
    }

    private mutating func checkJournal() throws {
        guard try directory.exists(Journal.fileName) else { return }
        do {
            _ = try JournalWriter(directory: directory, durability: .full, hook: nil).pending()
            report(.pendingJournal, Journal.fileName, "a commit is waiting to be completed; the next command (or lab repair) completes it")
        } catch {
            report(.corruptJournal, Journal.fileName, JournalWriter.describe(error))
        }
    }

    private mutating func checkChangeLog() throws {
        do {
            _ = try ChangeLog(directory: directory).entries(after: 0)
        } catch {
            report(.corruptChangeLog, ChangeLog.fileName, JournalWriter.describe(error))
        }
    }
}
