import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's advisory lock: `flock` on `store.lock`, shared for reads and exclusive for
/// writes, so separate processes (admins in separate SSH sessions) take turns. The exclusive
/// holder writes its pid into the file so a waiter that gives up can say who held it.
final class StoreLock {
    /// The lock file's name inside the store.
    static let fileName = "store.lock"

    let path: String
    let storePath: String
    private let fd: Int32

    /// Opens (creating when allowed) the lock file of the store at `storePath`.
    init(storePath: String, create: Bool) throws {
        self.storePath = storePath
        path = storePath + "/" + Self.fileName
        var descriptor = open(path, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), POSIXFile.fileMode)
        if descriptor < 0, errno == EACCES || errno == EROFS {
            // A store a person may only read (a lab handed out read-only): flock works on a
            // read-only descriptor; only recording the holder's pid is lost.
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard descriptor >= 0 else { throw POSIXFile.failure("open", path) }
        fd = descriptor
    }

    deinit { close(fd) }

    /// Takes the lock, polling until `timeout` has passed; then fails naming the holder.
    /// Polling (rather than a blocking flock with an alarm) keeps signals out of a library.
    func acquire(exclusive: Bool, timeout: Double) throws {
        let operation = exclusive ? LOCK_EX : LOCK_SH
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while flock(fd, operation | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw POSIXFile.failure("flock", path) }
            if Date() >= deadline {
                throw StoreError.lockTimeout(store: storePath, seconds: timeout, holderPID: holderPID())
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        if exclusive { recordHolder(getpid()) }
    }

    /// Releases the lock (clearing the recorded holder first when it was ours).
    func release(exclusive: Bool) {
        if exclusive { _ = ftruncate(fd, 0) }
        _ = flock(fd, LOCK_UN)
    }

    private func recordHolder(_ pid: pid_t) {
        guard ftruncate(fd, 0) == 0 else { return }
        let text = Data("\(pid)\n".utf8)
        try? POSIXFile.write(fd, text, at: 0, path: path)
    }

    /// The pid written by the current exclusive holder, if it is still alive.
    private func holderPID() -> Int32? {
        guard let data = try? POSIXFile.readToEnd(fd, from: 0, path: path),
              let text = String(data: data, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return nil }
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }
}
