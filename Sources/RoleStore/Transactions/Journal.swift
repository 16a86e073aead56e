import Foundation

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
