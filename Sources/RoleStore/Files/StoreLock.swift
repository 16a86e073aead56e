import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's advisory lock: `flock` on the store directory itself, shared for reads and
/// exclusive for writes, so separate processes (admins in separate SSH sessions, members of
/// a shared lab's group) take turns. Locking the directory rather than a lock file means
/// that deleting or replacing a file cannot split the lock in two (a deleted `store.lock`
/// once let two writers in at once). The exclusive holder writes its pid into `store.lock`,
/// a note only, so a waiter that gives up can say who held it.
final class StoreLock {
    /// The pid note's name inside the store.
    static let fileName = "store.lock"

    let storePath: String
    private let directory: StoreDirectory
    /// A descriptor of its own for the store directory: flock belongs to an open file
    /// description, so each store instance gets one.
    private let fd: Int32

    /// Whether the exclusive holder writes its pid into `store.lock`.
    private let recordsHolder: Bool

    /// Opens the lock of `directory`'s store.
    init(directory: StoreDirectory, recordsHolder: Bool = true) throws {
        self.directory = directory
        self.recordsHolder = recordsHolder
        storePath = directory.path
        fd = openat(directory.descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXFile.failure("open", directory.path) }
    }

    deinit { close(fd) }

    /// Takes the lock, polling until `timeout` has passed; then fails naming the holder.
    /// Polling (rather than a blocking flock with an alarm) keeps signals out of a library.
    func acquire(exclusive: Bool, timeout: Double) throws {
        let operation = exclusive ? LOCK_EX : LOCK_SH
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while flock(fd, operation | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw POSIXFile.failure("flock", storePath) }
            if Date() >= deadline {
                throw StoreError.lockTimeout(store: storePath, seconds: timeout, holderPID: holderPID())
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        if exclusive && recordsHolder { recordHolder(getpid()) }
    }

    /// Takes the lock shared unless another process holds it exclusively; returns whether it did.
    func acquireSharedWithoutWaiting() throws -> Bool {
        while flock(fd, LOCK_SH | LOCK_NB) != 0 {
            if errno == EWOULDBLOCK { return false }
            guard errno == EINTR else { throw POSIXFile.failure("flock", storePath) }
        }
        return true
    }

    /// Releases the lock (clearing the recorded holder first when it was ours).
    func release(exclusive: Bool) {
        if exclusive && recordsHolder { recordHolder(nil) }
        _ = flock(fd, LOCK_UN)
    }

    /// Writes (or clears) the holder note. Best effort: a read-only lab, or a member who may
    /// not write the note, still locks; only the holder's pid in a timeout message is lost.
    private func recordHolder(_ pid: pid_t?) {
        let text = pid.map { Data("\($0)\n".utf8) } ?? Data()
        guard let note = try? directory.openFile(Self.fileName, flags: O_WRONLY | O_CREAT, mode: directory.sharing.fileMode) else {
            return
        }
        defer { close(note) }
        if directory.sharing.isShared { _ = fchmod(note, directory.sharing.fileMode) }
        guard ftruncate(note, 0) == 0 else { return }
        if !text.isEmpty { try? POSIXFile.write(note, text, at: 0, path: directory.display(Self.fileName)) }
    }

    /// The pid written by the current exclusive holder, if it is still alive.
    private func holderPID() -> Int32? {
        guard let data = try? directory.read(Self.fileName),
              let text = String(data: data, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return nil }
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }
}
