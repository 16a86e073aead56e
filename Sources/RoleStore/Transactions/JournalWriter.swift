import Foundation

/// Writes journals and applies them to the store's files.
struct JournalWriter {
    let storePath: String
    /// Whether to fsync.
    let durability: StoreDurability
    /// Called between the steps of a commit; tests throw `SimulatedCrash` from it.
    var hook: (@Sendable (CommitStage) throws -> Void)?

    private var syncs: Bool { durability == .full }

    private var journalPath: String { storePath + "/" + Journal.fileName }

    /// Encodes `journal` and makes it durable (temp file, fsync, rename, directory fsync).
    func record(_ journal: Journal) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(journal)
        try POSIXFile.replace(journalPath, with: data, sync: syncs)
        if syncs { try POSIXFile.syncDirectory(storePath) }
    }

    /// The journal a killed writer left behind, if any.
    func pending() throws -> Journal? {
        guard let data = try POSIXFile.read(journalPath) else { return nil }
        let journal: Journal
        do {
            journal = try JSONDecoder().decode(Journal.self, from: data)
        } catch {
            throw StoreError.corruptFile(path: journalPath, line: nil, column: nil, jsonPath: nil,
                                         reason: "the commit journal does not parse (\(error))")
        }
        // A hand-edited journal must not reach outside the store.
        let paths = journal.files.map(\.path) + journal.appends.map(\.path)
        if let bad = paths.first(where: { $0.hasPrefix("/") || $0.split(separator: "/").contains("..") }) {
            throw StoreError.corruptFile(path: journalPath, line: nil, column: nil, jsonPath: nil,
                                         reason: "the commit journal names a path outside the store (\(bad))")
        }
        return journal
    }

    /// Applies every change of `journal` durably, then removes it.
    func apply(_ journal: Journal) throws {
        var existingDirectories = Set<String>()
        var touchedDirectories = Set<String>()
        for change in journal.files {
            let path = storePath + "/" + change.path
            let directory = POSIXFile.split(path).directory
            if let contents = change.contents {
                if existingDirectories.insert(directory).inserted { try POSIXFile.makeDirectories(directory) }
                try POSIXFile.replace(path, with: Data(contents.utf8), sync: syncs)
                touchedDirectories.insert(directory)
            } else if try POSIXFile.remove(path) {
                touchedDirectories.insert(directory)
            }
        }
        if syncs {
            for directory in touchedDirectories.sorted() { try POSIXFile.syncDirectory(directory) }
        }
        try hook?(.afterFiles)
        for append in journal.appends { try apply(append) }
        try hook?(.beforeJournalRemoval)
        // No directory fsync after the unlink: if it is lost, replaying is harmless, and the
        // next commit's journal rename (which is fsynced) replaces the name anyway.
        try POSIXFile.remove(journalPath)
    }

    private func apply(_ append: Journal.Append) throws {
        let path = storePath + "/" + append.path
        let directory = POSIXFile.split(path).directory
        try POSIXFile.makeDirectories(directory)
        let created = !POSIXFile.exists(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, POSIXFile.fileMode)
        guard fd >= 0 else { throw POSIXFile.failure("open", path) }
        defer { close(fd) }
        let data = Data(append.text.utf8)
        try POSIXFile.write(fd, data, at: append.offset, path: path)
        // Cut whatever a torn earlier attempt left after this commit's text.
        guard ftruncate(fd, off_t(append.offset) + off_t(data.count)) == 0 else { throw POSIXFile.failure("truncate", path) }
        if syncs {
            try POSIXFile.sync(fd, path: path)
            if created { try POSIXFile.syncDirectory(directory) }
        }
    }
}
