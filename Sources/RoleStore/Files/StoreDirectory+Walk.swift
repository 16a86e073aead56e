import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreDirectory {
    /// Opens the directory `parts` names below the store, one component at a time, never
    /// following a link; creates missing ones when asked. Nil when one is missing and
    /// `create` is false. The store's own descriptor is returned for no parts (do not close it).
    func openDirectory(_ parts: ArraySlice<String>, create: Bool) throws -> Int32? {
        var current = descriptor
        var walked: [String] = []
        for part in parts {
            walked.append(part)
            let relative = walked.joined(separator: "/")
            var next = try openEntry(current, part, relative: relative, flags: O_RDONLY | O_DIRECTORY, mode: 0)
            if next == nil, create {
                try check(.mkdir, relative)
                if mkdirat(current, part, sharing.directoryMode) == 0 {
                    if sharing.isShared { _ = fchmodat(current, part, sharing.directoryMode, 0) }
                } else if errno != EEXIST {
                    let error = POSIXFile.failure("mkdir", display(relative))
                    if current != descriptor { close(current) }
                    throw error
                }
                next = try openEntry(current, part, relative: relative, flags: O_RDONLY | O_DIRECTORY, mode: 0)
            }
            if current != descriptor { close(current) }
            guard let opened = next else { return nil }
            current = opened
        }
        return current
    }

    /// Opens `name` in the directory `parent` without following a link and checks it is a
    /// regular file (or a directory with O_DIRECTORY); nil when it does not exist and
    /// O_CREAT was not given.
    func openEntry(_ parent: Int32, _ name: String, relative: String, flags: Int32, mode: mode_t) throws -> Int32? {
        var size: Int64 = 0
        return try openEntry(parent, name, relative: relative, flags: flags, mode: mode, size: &size)
    }

    /// `openEntry`, also giving the file's size (from the same fstat).
    func openEntry(_ parent: Int32, _ name: String, relative: String, flags: Int32, mode: mode_t, size: inout Int64) throws -> Int32? {
        // O_NONBLOCK: opening a FIFO planted at a record's name must not hang the command.
        let fd = openat(parent, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode)
        if fd < 0 {
            let code = errno
            if code == ENOENT && flags & O_CREAT == 0 { return nil }
            if code == ELOOP || code == ENOTDIR || code == ENXIO || code == EMLINK || code == EISDIR {
                if let problem = describeUnsafe(try entryStatus(parent, name)) {
                    throw StoreError.unsafePath(path: display(relative), reason: problem)
                }
                if flags & O_DIRECTORY != 0 {
                    throw StoreError.unsafePath(path: display(relative), reason: "is not a directory")
                }
            }
            errno = code
            throw POSIXFile.failure(flags & O_CREAT != 0 ? "create" : "open", display(relative))
        }
        let wantsDirectory = flags & O_DIRECTORY != 0
        // O_DIRECTORY|O_NOFOLLOW already guarantees a real directory: no fstat needed.
        if wantsDirectory { return fd }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let error = POSIXFile.failure("stat", display(relative))
            close(fd)
            throw error
        }
        size = Int64(status.st_size)
        let kind = status.st_mode & S_IFMT
        if (wantsDirectory && kind != S_IFDIR) || (!wantsDirectory && kind != S_IFREG) {
            close(fd)
            throw StoreError.unsafePath(path: display(relative), reason: describeUnsafe(status) ?? "is not a regular file")
        }
        return fd
    }

    /// `lstat` of `name` in `parent`; nil when it does not exist.
    func entryStatus(_ parent: Int32, _ name: String) throws -> stat? {
        var status = stat()
        if fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) == 0 { return status }
        if errno == ENOENT { return nil }
        throw POSIXFile.failure("stat", display(name))
    }

    /// Why an entry of this type may not be in a store, or nil for files and directories.
    func describeUnsafe(_ status: stat?) -> String? {
        guard let status else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return "is a symbolic link"
        case S_IFIFO: return "is a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "is a device"
        case S_IFSOCK: return "is a socket"
        default: return nil
        }
    }

    /// Gives a file this store's mode exactly (the umask would otherwise strip group bits).
    func fixMode(_ fd: Int32, relative: String) throws {
        guard sharing.isShared else { return }
        guard fchmod(fd, sharing.fileMode) == 0 else { throw POSIXFile.failure("chmod", display(relative)) }
    }

    /// Closes `fd`, reporting a failed close (NFS reports write errors there).
    func closeChecked(_ fd: Int32, relative: String) throws {
        do {
            try check(.close, relative)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw POSIXFile.failure("close", display(relative)) }
    }

    /// Creates the store directory itself (0700) and missing parents: the user chose where.
    static func makeStoreDirectory(_ path: String) throws {
        try POSIXFile.makeDirectories(path)
    }
}

/// One step of a store operation, as the fault hook sees it.
struct FileStep: Sendable, Equatable, CustomStringConvertible {
    /// The system call about to run.
    enum Operation: String, Sendable, Equatable {
        case open, write, fsync, syncfs, rename, unlink, close, mkdir
    }

    /// The call.
    var operation: Operation
    /// The path relative to the store.
    var path: String

    var description: String { "\(operation.rawValue) \(path)" }
}

/// Whether a store is private to its owner or shared with its directory's group (git's
/// `core.sharedRepository=group`): a store directory that is setgid and group-writable is
/// shared, and everything created in it is then 0660 (files) and 2770 (directories).
struct StoreSharing: Sendable, Equatable {
    /// Whether the store is group-shared.
    var isShared: Bool

    init(isShared: Bool) {
        self.isShared = isShared
    }

    /// Reads the sharing from the store directory's mode.
    init(directoryMode: mode_t) {
        isShared = directoryMode & S_ISGID != 0 && directoryMode & 0o070 == 0o070
    }

    /// The mode of every file.
    var fileMode: mode_t { isShared ? 0o660 : 0o600 }
    /// The mode of every directory.
    var directoryMode: mode_t { isShared ? 0o2770 : 0o700 }
}
