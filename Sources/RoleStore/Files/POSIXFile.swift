import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Descriptor-level POSIX helpers for `StoreDirectory` (Foundation's file APIs neither fsync
/// nor let us choose modes), and the creation of the store directory itself.
enum POSIXFile {
    static let directoryMode: mode_t = 0o700

    /// A `StoreError.io` for the current `errno`.
    static func failure(_ operation: String, _ path: String) -> StoreError {
        .io(operation: operation, path: path, message: String(cString: strerror(errno)))
    }

    /// Reads `fd` from `offset` to its end.
    static func readToEnd(_ fd: Int32, from offset: UInt64, path: String, knownSize: Int64? = nil) throws -> Data {
        var size = knownSize ?? 0
        if knownSize == nil {
            var status = stat()
            guard fstat(fd, &status) == 0 else { throw failure("stat", path) }
            size = Int64(status.st_size)
        }
        // Read straight into a buffer of the file's size (+1 to see the end in one call when
        // the size is right); a file that grows meanwhile is read on in further rounds.
        var result = Data(count: max(0, Int(size) - Int(offset)) + 1)
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

    /// Splits `a/b/c` into (`a/b`, `c`).
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}
