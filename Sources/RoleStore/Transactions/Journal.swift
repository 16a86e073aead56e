import Foundation
import IAMPolicy

/// The whole of one commit, written durably before any store file changes. Applying it is
/// idempotent (files are set to given contents, appends land at a recorded offset and the
/// file is cut right after them), so a journal left by a killed process is simply applied
/// again by the next process that opens or locks the store.
struct Journal: Codable, Sendable, Equatable {
    /// The journal's name inside the store.
    static let fileName = "journal.json"

    /// One record file to set (contents) or remove (nil contents).
    struct FileChange: Codable, Sendable, Equatable {
        /// Path relative to the store.
        var path: String
        /// The file's new text, or nil to remove it.
        var contents: String?
    }

    /// Text appended to a log file (audit log, change log) at a known offset.
    struct Append: Codable, Sendable, Equatable {
        /// Path relative to the store.
        var path: String
        /// The file's length before this commit.
        var offset: UInt64
        /// The appended text (whole lines).
        var text: String
    }

    /// The store's generation after this commit.
    var generation: UInt64
    /// Record files to write or remove.
    var files: [FileChange]
    /// Log lines to append.
    var appends: [Append]

    /// The journal's file text: compact JSON with sorted keys, which `JSONDecoder` reads back
    /// as this value (a removal's contents are left out, as `JSONEncoder` leaves out nil).
    /// Written with IAMPolicy's `JSONWriter`: a group commit's journal holds the text of every
    /// file it writes, and Foundation's `JSONEncoder` took as long as writing the files.
    func encoded() -> Data {
        let fileValues = files.map { change -> JSONValue in
            var members = [JSONObject.Member]()
            if let contents = change.contents { members.append(.init(key: "contents", value: .string(contents))) }
            members.append(.init(key: "path", value: .string(change.path)))
            return .object(JSONObject(members))
        }
        let appendValues = appends.map { append -> JSONValue in
            .object(JSONObject([.init(key: "offset", value: .number(JSONNumber(append.offset))),
                                .init(key: "path", value: .string(append.path)),
                                .init(key: "text", value: .string(append.text))]))
        }
        let document = JSONValue.object(JSONObject([.init(key: "appends", value: .array(appendValues)),
                                                    .init(key: "files", value: .array(fileValues)),
                                                    .init(key: "generation", value: .number(JSONNumber(generation)))]))
        return Data(JSONWriter(style: .compact).bytes(for: document))
    }
}

/// Where a test may stop a commit to simulate a crash.
enum CommitStage: Sendable, Equatable {
    /// The journal is durable; no store file has changed yet.
    case afterJournal
    /// Record files are written; the logs are not.
    case afterFiles
    /// Everything is applied; the journal is still there.
    case beforeJournalRemoval
}

/// Thrown by the test hook to abandon a commit as if the process had died there.
struct SimulatedCrash: Error, Equatable {
    let stage: CommitStage
}
