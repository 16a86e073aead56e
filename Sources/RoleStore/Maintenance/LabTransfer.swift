import Foundation
import IAMKit
import IAMPolicy

/// `rolecall lab export` and `lab import`: a whole lab as one JSON document (see
/// docs/lab-format.md), so a trainer can hand out a starting lab. Members appear in a fixed
/// order and records sorted by scope, kind and name, so two exports of one lab are identical.
public enum LabTransfer {
    /// The document's `Format`.
    public static let format = "rolecall-lab"
    /// Kinds that exist to hold credentials or a person's session: left out without secrets.
    static let secretKinds: Set<RecordKind> = [.accessKey, .profile, .consoleSession]
    /// Secret members of other kinds, left out without secrets: an MFA device's seed (`import`
    /// gives each device a fresh one, so every trainee's authenticator differs) and a user's
    /// console password (its salted digest and the digests of earlier passwords).
    static let secretMembers: [RecordKind: String] = [.mfaDevice: "base32Seed", .user: "loginProfile"]
    /// Members listing records of `secretKinds`: emptied without secrets, so the document names
    /// no record it leaves out (a user listing a missing key cannot be deleted, and fails `lab check`).
    static let secretReferences: [RecordKind: String] = [.user: "accessKeyIDs"]

    /// The lab at `path` as one JSON document.
    public static func export(path: String, includeSecrets: Bool, lockTimeout: Double = 10) throws -> String {
        let store = try LabStore(path: path, create: false, lockTimeout: lockTimeout)
        let entries = try store.read { _ in try store.allRecordFiles() }
        var records: [JSONValue] = []
        for (key, relative) in entries {
            if !includeSecrets && secretKinds.contains(key.kind) { continue }
            guard let data = try store.directory.read(relative) else { continue }
            var value: JSONValue
            do {
                value = try JSONParser.parse(String(decoding: data, as: UTF8.self))
            } catch {
                throw RecordFileError.locateSyntaxError(in: data, path: store.directory.display(relative))
            }
            if !includeSecrets, case var .object(object) = value {
                if let secret = secretMembers[key.kind] { object[secret] = nil }
                if let references = secretReferences[key.kind], object[references] != nil { object[references] = .array([]) }
                value = .object(object)
            }
            records.append(["Kind": .string(key.kind.rawValue), "Scope": .string(key.scope), "Name": .string(key.name), "Record": value])
        }
        var document = JSONObject()
        document.append(key: "Format", value: .string(format))
        document.append(key: "SchemaVersion", value: .number(JSONNumber(StoreManifest.currentSchemaVersion)))
        document.append(key: "IncludesSecrets", value: .bool(includeSecrets))
        document.append(key: "Records", value: .array(records))
        return JSONWriter(style: .prettySortedKeys).string(for: .object(document)) + "\n"
    }

    /// What `import` did.
    public struct ImportResult: Sendable, Equatable {
        /// How many records the new lab holds.
        public var records: Int
        /// Where the replaced lab was kept, relative to the store (nil when there was none).
        public var backup: String?
    }

    /// Creates the lab at `path` from `text` (an export). Every record is decoded with its
    /// type and must name itself before anything is written. A lab that already holds records
    /// is refused unless `replace`, which first keeps it in `backup/<timestamp>/`.
    public static func importDocument(_ text: String, source: String, into path: String, replace: Bool,
                                      recordTypes: [any LabRecord.Type], now: Date = Date()) throws -> ImportResult {
        let files = try decodeDocument(text, source: source, recordTypes: recordTypes)
        var backup: String?
        if let existing = try openExisting(path), try existing.read({ _ in try !existing.allRecordFiles().isEmpty }) {
            guard replace else { throw StoreError.labNotEmpty(path: path) }
            backup = try StoreMaintenance.setAside(path: path, keepBackup: true, now: now)
        }
        let store = try LabStore(path: path, create: true)
        try store.commitImported(files)
        return ImportResult(records: files.count, backup: backup)
    }

    /// The lab at `path`, or nil when there is none yet (any other failure is thrown: a lab
    /// that cannot be opened must not be written over).
    private static func openExisting(_ path: String) throws -> LabStore? {
        do {
            return try LabStore(path: path, create: false)
        } catch StoreError.storeMissing {
            return nil
        }
    }

    /// The records of a document, each decoded, checked and encoded in the store's format.
    static func decodeDocument(_ text: String, source: String, recordTypes: [any LabRecord.Type]) throws -> [(RecordKey, Data)] {
        func refuse(_ reason: String, at jsonPath: String? = nil) -> StoreError {
            .corruptFile(path: source, line: nil, column: nil, jsonPath: jsonPath, reason: reason)
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(text)
        } catch {
            throw RecordFileError.locateSyntaxError(in: Data(text.utf8), path: source)
        }
        guard case let .object(object) = document, object["Format"] == .string(format) else {
            throw refuse("not a rolecall lab export (its Format must be \"\(format)\")", at: "$.Format")
        }
        guard case let .number(number)? = object["SchemaVersion"], let version = Int(number.text) else {
            throw refuse("SchemaVersion must be a number", at: "$.SchemaVersion")
        }
        try StoreManifest(schemaVersion: version, createdBy: "").checkVersion(store: source)
        guard case let .array(entries)? = object["Records"] else { throw refuse("Records must be an array", at: "$.Records") }
        var types: [RecordKind: any LabRecord.Type] = [:]
        for type in recordTypes { types[type.kind] = type }
        let codec = RecordCodec()
        var seen = Set<RecordKey>()
        var files: [(RecordKey, Data)] = []
        // Access keys the document holds: a user's list keeps only these (an export without
        // secrets made before the lists were emptied still names the keys it left out).
        let heldKeys = Set(entries.compactMap { entry -> String? in
            entry["Kind"] == .string(RecordKind.accessKey.rawValue) ? entry["Name"]?.stringValue : nil
        })
        for (index, entry) in entries.enumerated() {
            let at = "$.Records[\(index)]"
            guard case let .string(kindText)? = entry["Kind"], let kind = RecordKind(rawValue: kindText), let type = types[kind] else {
                throw refuse("Kind must be one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", "))", at: at + ".Kind")
            }
            guard case let .string(scope)? = entry["Scope"], case let .string(name)? = entry["Name"],
                  case var .object(record)? = entry["Record"] else {
                throw refuse("each record needs Scope and Name (strings) and Record (an object)", at: at)
            }
            let key = RecordKey(kind: kind, scope: scope, name: name)
            guard seen.insert(key).inserted else { throw refuse("\(key) appears twice", at: at) }
            if kind == .mfaDevice, record["base32Seed"] == nil { record["base32Seed"] = .string(freshSeed()) }
            if let references = secretReferences[kind], case let .array(ids)? = record[references] {
                record[references] = .array(ids.filter { $0.stringValue.map { heldKeys.contains($0) } ?? true })
            }
            let data = Data(JSONWriter(style: .compact).string(for: .object(record)).utf8)
            let decoded = try codec.decode(type, from: data, path: "\(source) \(at).Record", key: key)
            files.append((key, try codec.encode(decoded)))
        }
        return files
    }

    /// A new random 160-bit TOTP seed in base 32, as CreateVirtualMFADevice makes.
    static func freshSeed() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base32.encode((0..<20).map { _ in UInt8.random(in: 0...255, using: &generator) }, padded: false)
    }
}
