import Foundation

/// Writes journals and applies them to the store's files.
///
/// A commit runs in two halves around one decision point, the rename of `journal.json`:
/// 1. prepare: every new record file is written and fsynced as a hidden temporary file beside
///    its target; nothing a reader looks at has changed. A failure here (a full disk, say)
///    removes what was prepared and reports `commitNotWritten`: the store is as before.
/// 2. install: renames, unlinks and log appends, then the journal is removed. A failure here
///    is completed at once from the journal's own text; if that fails too the journal stays
///    and the error is `commitPending`, which the next command completes.
///
/// A commit of many files (a server's group commit) writes no record file before its decision
/// and fsyncs none of them one by one. The journal, which holds every file's text, is made
/// durable first; then each new record file is created under its own name (no temporary file,
/// no rename: half of what creating a file costs), an existing one is replaced through a
/// temporary file, and one filesystem sync makes every file, rename and append durable before
/// the journal goes. Until then a crash leaves the journal, so the next command (every reader
/// and writer completes a journal first) replays it as it does any other. What this gives up:
/// a full disk met while writing the files fails after the decision, so the commit is left to
/// complete (`commitPending`) rather than taken back; nothing is lost either way.
struct JournalWriter {
    let directory: StoreDirectory
    /// Whether to fsync.
    let durability: StoreDurability
    /// Called between the steps of a commit; tests throw `SimulatedCrash` from it.
    var hook: (@Sendable (CommitStage) throws -> Void)?
    /// A commit of at least this many record files syncs the filesystem once, where it can
    /// (`StoreDirectory.canSyncFilesystem`), instead of fsyncing each file. A smaller one (a
    /// single command) keeps an fsync per file, so it never waits for other programs' writes.
    var filesystemSyncMinimumFiles = 16

    private var syncs: Bool { durability == .full }

    /// What the first half left in the store, so it can be installed or taken back.
    struct Prepared {
        /// Temporary files written, each with the record path it replaces.
        var temporaries: [(temporary: String, target: String)] = []
        /// Directories created for new records, outermost first.
        var createdDirectories: [String] = []
        /// Whether `journal.json` is in place.
        var journalInPlace = false
    }

    /// Commits `journal`: lands whole, or leaves the store exactly as before and says so.
    /// `directories` are the write transaction's open directories, if it has them. `decided`
    /// is called once the journal is durable: from then on the commit lands even if this
    /// process dies (the next one completes it from the journal), whatever the rest throws.
    /// With `deferringSync`, a commit that syncs the filesystem once leaves that sync and the
    /// journal's removal to run on another thread, and returns them (`DeferredSync`): the
    /// caller must `complete` it before it writes another journal or releases the lock.
    @discardableResult
    func commit(_ journal: Journal, directories: DirectoryDescriptors? = nil, decided: (() -> Void)? = nil,
                deferringSync: Bool = false) throws -> DeferredSync? {
        let directories = directories ?? DirectoryDescriptors(directory: directory)
        var prepared = Prepared()
        var syncsFilesystem = false
        do {
            syncsFilesystem = try syncsFilesystemOnce(journal)
            if !syncsFilesystem { try prepare(journal, into: &prepared, directories: directories) }
            try record(journal, prepared: &prepared, reusingTheLastJournal: syncsFilesystem)
        } catch let crash as SimulatedCrash {
            throw crash
        } catch {
            if try takeBack(prepared, journal: journal, cause: error) { return nil }
            throw StoreError.commitNotWritten(store: directory.path, cause: Self.describe(error))
        }
        try hook?(.afterJournal)
        decided?()
        do {
            return try install(journal, prepared: prepared, syncingFilesystem: syncsFilesystem,
                               deferringSync: deferringSync && syncsFilesystem, directories: directories)
        } catch let crash as SimulatedCrash {
            throw crash
        } catch {
            // Decided: complete it from the journal's own text (idempotent).
            try completeFromJournal(journal, directories: directories)
            return nil
        }
    }

    /// Waits for the end of a commit `commit` deferred; when it failed, completes that commit
    /// from its journal's text instead (the journal is still in place).
    func complete(_ deferred: DeferredSync) throws {
        do {
            try deferred.wait()
        } catch let crash as SimulatedCrash {
            throw crash
        } catch {
            try completeFromJournal(deferred.journal, directories: nil)
        }
    }

    /// `apply`, failing as `commitPending`: for a commit already decided.
    private func completeFromJournal(_ journal: Journal, directories: DirectoryDescriptors?) throws {
        do {
            try apply(journal, directories: directories)
        } catch {
            throw StoreError.commitPending(store: directory.path, cause: Self.describe(error))
        }
    }

    /// Whether `journal`'s commit makes its files durable with one filesystem sync.
    private func syncsFilesystemOnce(_ journal: Journal) throws -> Bool {
        guard syncs, StoreDirectory.canSyncFilesystem, journal.files.count >= filesystemSyncMinimumFiles else { return false }
        let parents = journal.files.map { Self.parent(of: $0.path) } + journal.appends.map { Self.parent(of: $0.path) }
        return try directory.areOnStoreFilesystem(Set(parents))
    }

    /// Writes every new record file as a temporary file beside its target, fsyncing each (and
    /// each directory made for them) when the store is durable.
    private func prepare(_ journal: Journal, into prepared: inout Prepared, directories: DirectoryDescriptors) throws {
        var ready = Set<String>()
        for change in journal.files {
            guard let contents = change.contents else { continue }
            let parent = Self.parent(of: change.path)
            if !parent.isEmpty, ready.insert(parent).inserted, try directories.descriptor(parent, create: false) == nil {
                prepared.createdDirectories += try directory.makeDirectories(parent)
            }
            guard let parentDescriptor = try directories.descriptor(parent, create: true) else {
                throw POSIXFile.failure("open", directory.display(parent))
            }
            let temporary = try directory.prepare(change.path, with: Data(contents.utf8), sync: syncs, in: parentDescriptor)
            prepared.temporaries.append((temporary, change.path))
        }
        if syncs {
            for created in prepared.createdDirectories {
                try directory.syncDirectory(Self.parent(of: created))
            }
        }
    }

    /// Encodes `journal` and makes it durable (temp file, fsync, rename, directory fsync). A
    /// group-sized commit writes into the file the last one renamed aside (see
    /// `StoreDirectory.prepareReusing`): at a server's commit rate, an inode freed per commit
    /// made every record file dearer to create. A single command keeps a new file, so it pays
    /// no extra directory fsync.
    private func record(_ journal: Journal, prepared: inout Prepared, reusingTheLastJournal: Bool) throws {
        let data = journal.encoded()
        let temporary = reusingTheLastJournal
            ? try directory.prepareReusing(Journal.fileName, with: data, sync: syncs)
            : try directory.prepare(Journal.fileName, with: data, sync: syncs)
        do {
            try directory.install(temporary, at: Journal.fileName)
        } catch {
            _ = try? directory.remove(temporary)
            throw error
        }
        prepared.journalInPlace = true
        if syncs { try directory.syncDirectory("") }
    }

    /// Undoes a commit that failed before its decision: removes the journal (if its rename
    /// happened), the temporary files and the directories made for them. When the journal
    /// cannot be removed the commit is decided after all, and is completed instead (returns true).
    private func takeBack(_ prepared: Prepared, journal: Journal, cause: any Error) throws -> Bool {
        if prepared.journalInPlace {
            do {
                try directory.remove(Journal.fileName)
            } catch {
                do {
                    try apply(journal)
                    return true
                } catch {
                    throw StoreError.commitPending(store: directory.path, cause: Self.describe(cause))
                }
            }
        }
        for (temporary, _) in prepared.temporaries { _ = try? directory.remove(temporary) }
        for created in prepared.createdDirectories.reversed() { directory.removeEmptyDirectory(created) }
        return false
    }

    /// The second half: renames the prepared files into place (or, when `syncingFilesystem`,
    /// writes them now: see the type's comment), removes, appends, then removes the journal.
    private func install(_ journal: Journal, prepared: Prepared, syncingFilesystem: Bool, deferringSync: Bool,
                         directories: DirectoryDescriptors) throws -> DeferredSync? {
        var temporaries: [String: String] = [:]
        for (temporary, target) in prepared.temporaries { temporaries[target] = temporary }
        let work = journal.files.map { FileWork(change: $0, parent: Self.parent(of: $0.path), temporary: temporaries[$0.path]) }
        var parents: [String: (files: Int, create: Bool)] = [:]
        for item in work {
            parents[item.parent, default: (0, false)].files += 1
            if item.change.contents != nil { parents[item.parent]?.create = true }
        }
        let touched: Set<String>
        if syncingFilesystem, (2...DirectoryDescriptors.limit).contains(parents.count) {
            touched = try installSideBySide(work, parents: parents, directories: directories)
        } else {
            touched = try install(work[...], syncingFilesystem: syncingFilesystem) { parent, create in
                try directories.descriptor(parent, create: create)
            }
        }
        return try finish(journal, touched: touched, syncingFilesystem: syncingFilesystem, deferringSync: deferringSync,
                          directories: directories)
    }

    /// One record file of a commit's install.
    private struct FileWork {
        var change: Journal.FileChange
        var parent: String
        /// The prepared temporary file to rename onto it, if any.
        var temporary: String?
    }

    /// Installs `work` in order, each file in the directory `descriptor` opens (made when a file
    /// goes there; nil, nothing to do, for a removal from a directory that does not exist).
    /// Returns the directories it changed.
    private func install(_ work: ArraySlice<FileWork>, syncingFilesystem: Bool,
                         descriptor: (_ parent: String, _ create: Bool) throws -> Int32?) throws -> Set<String> {
        var touched = Set<String>()
        for item in work {
            let path = item.change.path
            guard let parent = try descriptor(item.parent, item.change.contents != nil) else { continue }
            if let temporary = item.temporary, item.change.contents != nil {
                try directory.install(temporary, at: path, in: parent)
                touched.insert(item.parent)
            } else if let contents = item.change.contents {
                let data = Data(contents.utf8)
                if !syncingFilesystem {
                    try directory.replace(path, with: data, sync: syncs, in: parent)
                } else if try !directory.create(path, with: data, in: parent) {
                    try directory.replace(path, with: data, sync: false, in: parent)
                }
                touched.insert(item.parent)
            } else if try directory.remove(path, in: parent) {
                touched.insert(item.parent)
            }
        }
        return touched
    }

    /// A group commit's files written on two threads, each taking whole directories (creating
    /// files in one directory contends for its lock; in two it runs side by side, and creating
    /// the files is most of a commit's work). Every change to a file stays in journal order.
    /// The directories are opened first, on this thread, all at once (`DirectoryDescriptors` is
    /// not shared between threads). When either half fails the caller completes the commit
    /// from the journal, as it does after any failed install.
    private func installSideBySide(_ work: [FileWork], parents: [String: (files: Int, create: Bool)],
                                   directories: DirectoryDescriptors) throws -> Set<String> {
        let opened = try directories.descriptors(parents.mapValues(\.create))
        // The busiest directories first, each to the lighter half.
        var half: [String: Int] = [:]
        var load = [0, 0]
        for (parent, counted) in parents.sorted(by: { ($0.value.files, $1.key) > ($1.value.files, $0.key) }) {
            let lighter = load[0] <= load[1] ? 0 : 1
            half[parent] = lighter
            load[lighter] += counted.files
        }
        let halves = [work.filter { half[$0.parent] == 0 }[...], work.filter { half[$0.parent] == 1 }[...]]
        let outcomes = SideBySideOutcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            outcomes.set(index, Result { try install(halves[index], syncingFilesystem: true) { parent, _ in opened[parent] ?? nil } })
        }
        return try outcomes.both().reduce(into: Set<String>()) { $0.formUnion(try $1.get()) }
    }

    /// The journal a killed writer left behind, if any; refused when it names anything but a
    /// record file, the change log or an audit file, or a path through a link.
    func pending() throws -> Journal? {
        guard let data = try directory.read(Journal.fileName) else { return nil }
        let journal: Journal
        do {
            journal = try JSONDecoder().decode(Journal.self, from: data)
        } catch {
            throw StoreError.corruptFile(path: directory.display(Journal.fileName), line: nil, column: nil, jsonPath: nil,
                                         reason: "the commit journal does not parse (\(error)). "
                                             + "`rolecall lab repair` moves it into quarantine")
        }
        try validate(journal)
        return journal
    }

    /// Checks every path `journal` names is one a commit writes, reached without a link.
    func validate(_ journal: Journal) throws {
        let journalPath = directory.display(Journal.fileName)
        for (index, change) in journal.files.enumerated() where !RecordPath.isRecordFilePath(change.path) {
            throw StoreError.corruptFile(path: journalPath, line: nil, column: nil, jsonPath: "$.files[\(index)].path",
                                         reason: "the commit journal names \(change.path), which is not a record file of the store")
        }
        for (index, append) in journal.appends.enumerated() where !Self.isLogPath(append.path) {
            throw StoreError.corruptFile(path: journalPath, line: nil, column: nil, jsonPath: "$.appends[\(index)].path",
                                         reason: "the commit journal names \(append.path), which is not a log of the store")
        }
        var checked = Set<String>()
        for path in journal.files.map(\.path) + journal.appends.map(\.path) {
            let parent = Self.parent(of: path)
            guard !parent.isEmpty, checked.insert(parent).inserted else { continue }
            var prefix = ""
            for part in parent.split(separator: "/") {
                prefix += prefix.isEmpty ? String(part) : "/" + part
                if let status = try directory.status(prefix), status.st_mode & S_IFMT != S_IFDIR {
                    throw StoreError.unsafePath(path: directory.display(prefix),
                                                reason: (directory.describeUnsafe(status) ?? "is not a directory")
                                                    + " (named by the commit journal)")
                }
            }
        }
    }

    /// Applies every change of `journal` from its own text, durably, then removes it.
    func apply(_ journal: Journal, directories: DirectoryDescriptors? = nil) throws {
        let directories = directories ?? DirectoryDescriptors(directory: directory)
        var touched = Set<String>()
        for change in journal.files {
            let parent = Self.parent(of: change.path)
            if let contents = change.contents {
                guard let parentDescriptor = try directories.descriptor(parent, create: true) else {
                    throw POSIXFile.failure("open", directory.display(parent))
                }
                try directory.replace(change.path, with: Data(contents.utf8), sync: syncs, in: parentDescriptor)
                touched.insert(parent)
            } else if let parentDescriptor = try directories.descriptor(parent, create: false),
                      try directory.remove(change.path, in: parentDescriptor) {
                touched.insert(parent)
            }
        }
        try finish(journal, touched: touched, syncingFilesystem: false, deferringSync: false, directories: directories)
    }

    /// fsyncs the touched directories, appends the log lines and removes the journal; or, when
    /// `syncingFilesystem`, appends and then syncs the filesystem once for all of it (on another
    /// thread, returned, when `deferringSync`).
    @discardableResult
    private func finish(_ journal: Journal, touched: Set<String>, syncingFilesystem: Bool, deferringSync: Bool,
                        directories: DirectoryDescriptors) throws -> DeferredSync? {
        let syncsEach = syncs && !syncingFilesystem
        if syncsEach {
            for parent in touched.sorted() {
                guard let parentDescriptor = try directories.descriptor(parent, create: false) else { continue }
                try directory.syncDirectory(parent, descriptor: parentDescriptor)
            }
        }
        try hook?(.afterFiles)
        for append in journal.appends {
            let parent = Self.parent(of: append.path)
            if !parent.isEmpty { try directory.makeDirectories(parent) }
            let created = try directory.write(Data(append.text.utf8), at: append.offset, cuttingAfter: true,
                                              to: append.path, sync: syncsEach)
            if created && syncsEach { try directory.syncDirectory(parent) }
        }
        if deferringSync {
            return DeferredSync(journal: journal) { [self] in try removeJournal(syncingFilesystem: true) }
        }
        try removeJournal(syncingFilesystem: syncingFilesystem)
        return nil
    }

    /// The end of every commit: with `syncingFilesystem`, the one sync that makes its files and
    /// appends durable; then the journal goes.
    private func removeJournal(syncingFilesystem: Bool) throws {
        if syncs && syncingFilesystem { try directory.syncFilesystem() }
        try hook?(.beforeJournalRemoval)
        // No directory fsync after the unlink or rename: if it is lost, replaying is harmless,
        // the next commit's journal rename (which is fsynced) replaces the name anyway, and a
        // commit that reuses the renamed file fsyncs the directory first.
        if syncingFilesystem {
            try directory.retire(Journal.fileName)
        } else {
            try directory.remove(Journal.fileName)
        }
    }

    /// `a/b` for `a/b/c`; "" for a top-level name.
    static func parent(of relative: String) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return "" }
        return String(relative[..<slash])
    }

    /// Whether `relative` is the change log or an audit file.
    static func isLogPath(_ relative: String) -> Bool {
        if relative == ChangeLog.fileName { return true }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == Substring(StoreLayout.auditDirectory)
            && parts[1].hasSuffix(".jsonl") && !parts[1].hasPrefix(".")
    }

    /// An error's text without repeating "failed" wrappers.
    static func describe(_ error: any Error) -> String {
        (error as? StoreError)?.description ?? String(describing: error)
    }
}

/// The two results of `installSideBySide`, each set by its own thread.
private final class SideBySideOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<Set<String>, any Error>] = [.success([]), .success([])]

    func set(_ index: Int, _ outcome: Result<Set<String>, any Error>) {
        lock.withLock { outcomes[index] = outcome }
    }

    func both() -> [Result<Set<String>, any Error>] {
        lock.withLock { outcomes }
    }
}

/// The end of a group's commit (the filesystem sync, then the journal's removal) running on
/// another thread while the next group's bodies run (`GroupCommit`). Whoever holds it must wait
/// for it (`JournalWriter.complete`) before writing another journal or releasing the lock.
final class DeferredSync: @unchecked Sendable {
    /// The commit's journal, to complete the commit from if the sync fails.
    let journal: Journal
    private let finished = DispatchSemaphore(value: 0)
    /// Set before `finished` is signalled, read after it is waited for.
    private var failure: (any Error)?

    init(journal: Journal, _ work: @escaping () throws -> Void) {
        self.journal = journal
        nonisolated(unsafe) let work = work
        DispatchQueue.global().async { [self] in
            do { try work() } catch { failure = error }
            finished.signal()
        }
    }

    /// Waits until the work is done (at once, after the first time); throws what it threw.
    func wait() throws {
        finished.wait()
        finished.signal()
        if let failure { throw failure }
    }
}
