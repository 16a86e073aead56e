import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX calls a durable commit needs. Foundation's file APIs neither fsync nor let us
/// choose modes, so the store goes through these: files 0600, directories 0700.
enum POSIXFile {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    /// A `StoreError.io` for the current `errno`.
    static func failure(_ operation: String, _ path: String) -> StoreError {
        .io(operation: operation, path: path, message: String(cString: strerror(errno)))
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String) throws -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw failure("open", path)
        }
        defer { close(fd) }
        return try readToEnd(fd, from: 0, path: path)
    }

    /// Reads `fd` from `offset` to its end.
    static func readToEnd(_ fd: Int32, from offset: UInt64, path: String) throws -> Data {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw failure("stat", path) }
        // Read straight into a buffer of the file's size (+1 to see the end in one call when
        // the size is right); a file that grows meanwhile is read on in further rounds.
        var result = Data(count: max(0, Int(status.st_size) - Int(offset)) + 1)
        var filled = 0
        while true {
            if filled == result.count { result.count += 64 * 1024 }
            let count = result.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled, off_t(offset) + off_t(filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 {
                result.count = filled
                return result
            }
            filled += count
        }
    }

    /// Writes all of `data` at `offset`.
    static func write(_ fd: Int32, _ data: Data, at offset: UInt64, path: String) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var done = 0
            while done < raw.count {
                let count = pwrite(fd, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(offset) + off_t(done))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("write", path)
                }
                done += count
            }
        }
    }

    /// fsync, retrying on EINTR.
    static func sync(_ fd: Int32, path: String) throws {
        while fsync(fd) != 0 {
            if errno != EINTR { throw failure("fsync", path) }
        }
    }

    /// Replaces `path` with `data` so a reader or a crash sees the old file or the new one,
    /// never a mix: write a temporary file beside it, fsync, rename. The caller fsyncs the
    /// directory (once for all the files of a commit).
    static func replace(_ path: String, with data: Data, sync syncing: Bool = true) throws {
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw failure("create", temporary) }
        do {
            try write(fd, data, at: 0, path: temporary)
            if syncing { try sync(fd, path: temporary) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure("rename", temporary)
            unlink(temporary)
            throw error
        }
    }

    /// `dir/.name.tmp`: hidden, so listings never mistake it for a record.
    static func temporaryPath(for path: String) -> String {
        let (directory, name) = split(path)
        return directory + "/." + name + ".tmp"
    }

    /// fsyncs a directory so the renames and unlinks in it survive a crash.
    static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("open", path) }
        defer { close(fd) }
        try sync(fd, path: path)
    }

    /// Creates `path` (mode 0700) if missing. Returns true when it was created, so the caller
    /// knows to fsync the parent.
    @discardableResult
    static func makeDirectory(_ path: String) throws -> Bool {
        if mkdir(path, directoryMode) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure("mkdir", path)
    }

    /// Creates `path` and any missing parents (each 0700), fsyncing each parent it changes.
    static func makeDirectories(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 { return }
        let (parent, _) = split(path)
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        if try makeDirectory(path), !parent.isEmpty { try syncDirectory(parent) }
    }

    /// Removes a file; a missing file is fine. Returns whether there was one.
    @discardableResult
    static func remove(_ path: String) throws -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT || errno == ENOTDIR { return false }
        throw failure("unlink", path)
    }

    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The names in a directory (without `.` and `..`), or [] when it does not exist.
    static func list(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return [] }
            throw failure("opendir", path)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Splits `a/b/c` into (`a/b`, `c`).
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}
