import IAMPolicy

/// One thing `rolecall lab check` found wrong in a store, and what `lab repair` does about it.
public struct StoreProblem: Sendable, Equatable {
    /// What kind of problem, as a stable word for scripts.
    public enum Code: String, Sendable, Equatable {
        /// A symbolic link, device, FIFO or socket inside the store.
        case unsafeEntry = "unsafe-entry"
        /// A record file that does not parse or decode.
        case unreadableRecord = "unreadable-record"
        /// A record file whose contents name another record (a copied file).
        case nameMismatch = "name-mismatch"
        /// Two entity files claim one unique ID.
        case duplicateUniqueID = "duplicate-unique-id"
        /// A record names another that does not exist: a unique-ID index entry its entity, a
        /// role, user or group a managed policy or permissions boundary, a membership its user
        /// or group, an MFA device or access key its user.
        case danglingReference = "dangling-reference"
        /// A user names a group (or a group a user) whose record does not name it back.
        case oneSidedMembership = "one-sided-membership"
        /// An entity's unique ID is missing from the unique-ID index, or indexed to another ARN.
        case missingIndexEntry = "missing-index-entry"
        /// A file where the store keeps none (not a record, log or store file).
        case strayFile = "stray-file"
        /// A commit a process left to complete (`journal.json`).
        case pendingJournal = "pending-journal"
        /// A `journal.json` that does not parse or names paths a commit never writes.
        case corruptJournal = "corrupt-journal"
        /// A `changes.log` line that does not parse.
        case corruptChangeLog = "corrupt-change-log"
        /// An audit log line that is not one JSON object.
        case corruptAuditLine = "corrupt-audit-line"
        /// `store.json` missing, unreadable or of an unknown schema.
        case manifest
        /// A file or directory whose mode differs from the store's (private or group-shared).
        case permissions
    }

    /// The kind of problem.
    public var code: Code
    /// The path relative to the store.
    public var path: String
    /// What is wrong, in words.
    public var message: String

    /// Creates a problem.
    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// Whether `lab repair` moves the file into quarantine (the others it completes, fixes in
    /// place, or only reports).
    public var isQuarantined: Bool {
        switch code {
        case .unsafeEntry, .unreadableRecord, .nameMismatch, .duplicateUniqueID, .strayFile, .corruptJournal, .corruptChangeLog:
            true
        case .danglingReference, .oneSidedMembership, .missingIndexEntry, .pendingJournal, .corruptAuditLine, .manifest, .permissions:
            false
        }
    }

    /// The problem as a JSON object.
    public var jsonValue: JSONValue {
        ["Code": .string(code.rawValue), "Path": .string(path), "Message": .string(message)]
    }
}

/// What `rolecall lab check` reports.
public struct StoreCheckReport: Sendable, Equatable {
    /// The store directory.
    public var store: String
    /// How many record files were read.
    public var recordsChecked: Int
    /// Everything found wrong, in path order.
    public var problems: [StoreProblem]

    /// Whether nothing is wrong.
    public var isClean: Bool { problems.isEmpty }

    /// The report as a JSON object (`lab check` prints it).
    public var jsonValue: JSONValue {
        ["Store": .string(store), "Clean": .bool(isClean), "RecordsChecked": .number(JSONNumber(recordsChecked)),
         "Problems": .array(problems.map(\.jsonValue))]
    }
}
