import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place that touches files inside a store. Every path is relative to the store and
/// resolved component by component from the store directory's descriptor (`openat` with
/// `O_NOFOLLOW`, `fstatat(AT_SYMLINK_NOFOLLOW)`, `renameat`, `unlinkat`), so a symbolic link,
/// device or FIFO planted anywhere in the store is refused with an error naming it, and no
/// journal, record or planted link can make rolecall read or write outside the store.
/// Temporary files are created with `O_CREAT|O_EXCL|O_NOFOLLOW`.
final class StoreDirectory: @unchecked Sendable {
    /// The store directory as the user named it (for messages).
    let path: String
    /// The store directory, opened once; every operation starts here.
    let descriptor: Int32
    /// File and directory modes: private (0600/0700) or group-shared (0660/2770).
    let sharing: StoreSharing
    /// Test hook called before every system call that changes or syncs the store; a test
    /// throws from it to make that step fail (see `FileStep`).
    var faults: (@Sendable (FileStep) throws -> Void)?

    /// Opens the store directory at `path`, creating it (and missing parents) when asked.
    init(path: String, create: Bool) throws {
        self.path = path
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0, errno == ENOENT, create {
            try Self.makeStoreDirectory(path)
            fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        guard fd >= 0 else {
            if errno == ENOENT { throw StoreError.storeMissing(path: path) }
            throw POSIXFile.failure("open", path)
        }
        descriptor = fd
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            close(fd)
            throw POSIXFile.failure("stat", path)
        }
        sharing = StoreSharing(directoryMode: status.st_mode)
    }

    deinit { close(descriptor) }

    /// The full path of `relative`, for messages.
    func display(_ relative: String) -> String {
        relative.isEmpty ? path : path + "/" + relative
    }

    // MARK: Reading

    /// The whole regular file at `relative`, or nil when it (or a parent) does not exist.
    func read(_ relative: String) throws -> Data? {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: false) else { return nil }
        defer { if parent != descriptor { close(parent) } }
        return try read(parts[parts.count - 1], in: parent, relative: relative)
    }

    /// The regular file `name` in the already open directory `parent` (see
    /// `openDirectoryForReading`), or nil when it does not exist: many reads in one directory
    /// (a listing of 5,000 roles) walk the path once.
    func read(_ name: String, in parent: Int32, relative: String) throws -> Data? {
        var size: Int64 = 0
        guard let fd = try openEntry(parent, name, relative: relative, flags: O_RDONLY, mode: 0, size: &size) else { return nil }
        defer { close(fd) }
        return try POSIXFile.readToEnd(fd, from: 0, path: display(relative), knownSize: size)
    }

    /// Opens the directory at `relative` for `read(_:in:relative:)`; nil when it does not
    /// exist. The caller closes the descriptor.
    func openDirectoryForReading(_ relative: String) throws -> Int32? {
        let parts = relative.isEmpty ? [] : try Self.components(relative, store: path)
        guard let fd = try openDirectory(parts[...], create: false) else { return nil }
        return fd == descriptor ? dup(fd) : fd
    }

    /// Opens the regular file at `relative` (nil when missing), refusing anything else.
    func openFile(_ relative: String, flags: Int32, mode: mode_t = 0) throws -> Int32? {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: flags & O_CREAT != 0) else { return nil }
        defer { if parent != descriptor { close(parent) } }
        return try openEntry(parent, parts[parts.count - 1], relative: relative, flags: flags, mode: mode)
    }

    /// The names in the directory at `relative` ("" for the store itself) without `.` and
    /// `..`; [] when it does not exist.
    func list(_ relative: String) throws -> [String] {
        let parts = relative.isEmpty ? [] : try Self.components(relative, store: path)
        guard let fd = try openDirectory(parts[...], create: false) else { return [] }
        // fdopendir takes ownership of the descriptor it is given.
        let owned = fd == descriptor ? dup(fd) : fd
        guard owned >= 0, let stream = fdopendir(owned) else {
            if owned >= 0 { close(owned) }
            throw POSIXFile.failure("opendir", display(relative))
        }
        defer { closedir(stream) }
        if fd == descriptor { rewinddir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What is at `relative`, without following a link; nil when nothing is.
    func status(_ relative: String) throws -> stat? {
        // A top-level name (the change log and journal every transaction checks) needs no walk.
        let topLevel = !relative.isEmpty && relative != "." && relative != ".."
            && !relative.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == 0 })
        let parts = topLevel ? [relative] : try Self.components(relative, store: path)
        guard let parent = topLevel ? descriptor : try openDirectory(parts.dropLast(), create: false) else { return nil }
        defer { if parent != descriptor { close(parent) } }
        var status = stat()
        if fstatat(parent, parts[parts.count - 1], &status, AT_SYMLINK_NOFOLLOW) != 0 {
            if errno == ENOENT { return nil }
            throw POSIXFile.failure("stat", display(relative))
        }
        return status
    }

    /// Whether anything (even a link) is at `relative`.
    func exists(_ relative: String) throws -> Bool {
        try status(relative) != nil
    }

    // MARK: Writing

    /// Writes `data` to a new temporary file beside `relative` (`.<name>.tmp`, created with
    /// O_EXCL; a leftover of that name, or a link planted there, is removed and the creation
    /// tried again), fsyncing it when asked. Returns the temporary file's relative path;
    /// `install` renames it into place.
    func prepare(_ relative: String, with data: Data, sync: Bool) throws -> String {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: true) else {
            throw POSIXFile.failure("create", display(Self.temporaryPath(for: relative)))
        }
        defer { if parent != descriptor { close(parent) } }
        return try prepare(relative, with: data, sync: sync, in: parent)
    }

    /// `prepare` in `parent`, the already open directory of `relative`.
    func prepare(_ relative: String, with data: Data, sync: Bool, in parent: Int32) throws -> String {
        let temporary = Self.temporaryPath(for: relative)
        let name = Self.lastComponent(temporary)
        try check(.open, temporary)
        var fd = openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, sharing.fileMode)
        if fd < 0 && errno == EEXIST {
            // A leftover of a commit that failed (or a planted link): remove it, never follow it.
            try check(.unlink, temporary)
            guard unlinkat(parent, name, 0) == 0 || errno == ENOENT else { throw POSIXFile.failure("unlink", display(temporary)) }
            fd = openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, sharing.fileMode)
        }
        guard fd >= 0 else { throw POSIXFile.failure("create", display(temporary)) }
        try fill(fd, named: name, in: parent, relative: temporary, with: data, sync: sync, reused: false)
        return temporary
    }

    /// Writes `data` as the whole of the open file `fd` (`name` in `parent`, a temporary file or
    /// one `create` just made): a new one gets the store's mode, a `reused` one is cut after `data`. fsyncs it when asked and
    /// closes it; on any failure the file is removed.
    private func fill(_ fd: Int32, named name: String, in parent: Int32, relative: String, with data: Data, sync: Bool,
                      reused: Bool) throws {
        do {
            do {
                if !reused { try fixMode(fd, relative: relative) }
                try check(.write, relative)
                try POSIXFile.write(fd, data, at: 0, path: display(relative))
                if reused, ftruncate(fd, off_t(data.count)) != 0 { throw POSIXFile.failure("truncate", display(relative)) }
                if sync {
                    try check(.fsync, relative)
                    try POSIXFile.sync(fd, path: display(relative))
                }
            } catch {
                close(fd)
                throw error
            }
            try closeChecked(fd, relative: relative)
        } catch {
            _ = unlinkat(parent, name, 0)
            throw error
        }
    }

    /// Writes `data` as a new file under its own name `relative` in `parent`, with no temporary
    /// file and no rename; returns false, having written nothing, when anything already has that
    /// name (`O_EXCL` never writes through a link or into a file someone put there). For a
    /// commit whose journal is durable only: a crash part-way leaves a short file that the
    /// journal's replay replaces, and every reader completes a journal before it reads.
    func create(_ relative: String, with data: Data, in parent: Int32) throws -> Bool {
        let name = Self.lastComponent(relative)
        try check(.open, relative)
        let fd = openat(parent, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, sharing.fileMode)
        if fd < 0 && errno == EEXIST { return false }
        guard fd >= 0 else { throw POSIXFile.failure("create", display(relative)) }
        try fill(fd, named: name, in: parent, relative: relative, with: data, sync: false, reused: false)
        return true
    }

    /// `prepare` for a top-level file written over and over (the commit journal), reusing the
    /// temporary file `retire` left rather than creating a new one: on ext4 without a journal
    /// every inode freed in the last minute is skipped, one by one, by each later file creation,
    /// so an unlink per commit made creating record files several times dearer under load
    /// (docs/decisions.md). The leftover is reused only when it is a regular file with one link
    /// (never a link planted to reach another file); otherwise it is replaced as `prepare` does.
    /// With `sync`, the store directory is fsynced before the leftover is overwritten, so a
    /// crash can never find `relative` still naming it half rewritten.
    func prepareReusing(_ relative: String, with data: Data, sync: Bool) throws -> String {
        let temporary = Self.temporaryPath(for: relative)
        guard !relative.contains("/") else { return try prepare(relative, with: data, sync: sync) }
        var status = stat()
        let fd = openat(descriptor, temporary, O_WRONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return try prepare(relative, with: data, sync: sync) }
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1 else {
            close(fd)
            return try prepare(relative, with: data, sync: sync)
        }
        if sync {
            do {
                try check(.fsync, "")
                try POSIXFile.sync(descriptor, path: path)
            } catch {
                close(fd)
                throw error
            }
        }
        try fill(fd, named: temporary, in: descriptor, relative: temporary, with: data, sync: sync, reused: true)
        return temporary
    }

    /// Moves the top-level file `relative` out of the way to its temporary name, for
    /// `prepareReusing` to write again; removes it instead when that rename fails (something
    /// planted at the temporary name). Returns whether there was a file.
    @discardableResult
    func retire(_ relative: String) throws -> Bool {
        let temporary = Self.temporaryPath(for: relative)
        guard !relative.contains("/"), try entryStatus(descriptor, relative) != nil else { return try remove(relative) }
        try check(.rename, relative)
        if renameat(descriptor, relative, descriptor, temporary) == 0 { return true }
        return try remove(relative)
    }

    /// Renames the temporary file `temporary` (from `prepare`) onto `relative`, atomically.
    func install(_ temporary: String, at relative: String) throws {
        let to = try Self.components(relative, store: path)
        guard let parent = try openDirectory(to.dropLast(), create: true) else {
            throw POSIXFile.failure("open", display(relative))
        }
        defer { if parent != descriptor { close(parent) } }
        try install(temporary, at: relative, in: parent)
    }

    /// `install` in `parent`, the already open directory of both `temporary` and `relative`.
    func install(_ temporary: String, at relative: String, in parent: Int32) throws {
        let target = Self.lastComponent(relative)
        try check(.rename, relative)
        guard renameat(parent, Self.lastComponent(temporary), parent, target) == 0 else {
            let code = errno
            // A file renamed onto a directory fails with EISDIR; say what is in the way.
            if code == EISDIR || code == ENOTEMPTY || code == EEXIST,
               let existing = try entryStatus(parent, target), existing.st_mode & S_IFMT == S_IFDIR {
                throw StoreError.unsafePath(path: display(relative), reason: "is a directory where a file belongs")
            }
            errno = code
            throw POSIXFile.failure("rename", display(temporary))
        }
    }

    /// Replaces `relative` with `data` so a reader or a crash sees the old file or the new
    /// one, never a mix. The caller fsyncs the directory.
    func replace(_ relative: String, with data: Data, sync: Bool) throws {
        let temporary = try prepare(relative, with: data, sync: sync)
        do {
            try install(temporary, at: relative)
        } catch {
            _ = try? remove(temporary)
            throw error
        }
    }

    /// `replace` in `parent`, the already open directory of `relative`.
    func replace(_ relative: String, with data: Data, sync: Bool, in parent: Int32) throws {
        let temporary = try prepare(relative, with: data, sync: sync, in: parent)
        do {
            try install(temporary, at: relative, in: parent)
        } catch {
            _ = try? remove(temporary, in: parent)
            throw error
        }
    }

    /// Writes `data` at `offset` of the file at `relative` (created when missing) and cuts the
    /// file right after it. An offset past the end is clamped to the end: nothing is ever
    /// padded with zero bytes. Returns whether the file was created.
    @discardableResult
    func write(_ data: Data, at offset: UInt64, cuttingAfter: Bool, to relative: String, sync: Bool) throws -> Bool {
        let created = try !exists(relative)
        try check(.open, relative)
        guard let fd = try openFile(relative, flags: O_WRONLY | O_CREAT, mode: sharing.fileMode) else {
            throw POSIXFile.failure("open", display(relative))
        }
        do {
            if created { try fixMode(fd, relative: relative) }
            var status = stat()
            guard fstat(fd, &status) == 0 else { throw POSIXFile.failure("stat", display(relative)) }
            let start = min(offset, UInt64(max(0, status.st_size)))
            try check(.write, relative)
            try POSIXFile.write(fd, data, at: start, path: display(relative))
            if cuttingAfter, ftruncate(fd, off_t(start) + off_t(data.count)) != 0 {
                throw POSIXFile.failure("truncate", display(relative))
            }
            if sync {
                try check(.fsync, relative)
                try POSIXFile.sync(fd, path: display(relative))
            }
        } catch {
            close(fd)
            throw error
        }
        try closeChecked(fd, relative: relative)
        return created
    }

    /// Removes the file (or link) at `relative`; a missing one is fine. Returns whether there was one.
    @discardableResult
    func remove(_ relative: String) throws -> Bool {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: false) else { return false }
        defer { if parent != descriptor { close(parent) } }
        return try remove(relative, in: parent)
    }

    /// `remove` in `parent`, the already open directory of `relative`.
    @discardableResult
    func remove(_ relative: String, in parent: Int32) throws -> Bool {
        let name = Self.lastComponent(relative)
        guard try entryStatus(parent, name) != nil else { return false }
        try check(.unlink, relative)
        if unlinkat(parent, name, 0) == 0 { return true }
        if errno == ENOENT { return false }
        throw POSIXFile.failure("unlink", display(relative))
    }

    /// Removes the directory at `relative` if it is empty; returns whether it did.
    @discardableResult
    func removeEmptyDirectory(_ relative: String) -> Bool {
        guard let parts = try? Self.components(relative, store: path),
              let parent = try? openDirectory(parts.dropLast(), create: false) else { return false }
        defer { if parent != descriptor { close(parent) } }
        return unlinkat(parent, parts[parts.count - 1], AT_REMOVEDIR) == 0
    }

    /// Moves `relative` to `destination` (both inside the store; parents of the destination
    /// are created). Used by repair, reset and import, never by commits.
    func move(_ relative: String, to destination: String) throws {
        let from = try Self.components(relative, store: path)
        let to = try Self.components(destination, store: path)
        guard let source = try openDirectory(from.dropLast(), create: false) else { return }
        defer { if source != descriptor { close(source) } }
        guard let target = try openDirectory(to.dropLast(), create: true) else {
            throw POSIXFile.failure("open", display(destination))
        }
        defer { if target != descriptor { close(target) } }
        try check(.rename, relative)
        guard renameat(source, from[from.count - 1], target, to[to.count - 1]) == 0 else {
            throw POSIXFile.failure("rename", display(relative))
        }
    }

    /// Creates the directory `relative` and its missing parents (private or shared mode).
    /// Returns the directories it created, outermost first.
    @discardableResult
    func makeDirectories(_ relative: String) throws -> [String] {
        let parts = try Self.components(relative, store: path)
        var missing: [String] = []
        for index in parts.indices {
            let prefix = parts[...index].joined(separator: "/")
            if try !missing.isEmpty || status(prefix) == nil { missing.append(prefix) }
        }
        guard !missing.isEmpty else { return [] }
        do {
            guard let fd = try openDirectory(parts[...], create: true) else {
                throw POSIXFile.failure("mkdir", display(relative))
            }
            if fd != descriptor { close(fd) }
        } catch {
            // Leave no half-made chain behind.
            for created in missing.reversed() { removeEmptyDirectory(created) }
            throw error
        }
        return missing
    }

    /// Sets the mode of the file or directory at `relative` (never through a link).
    func setMode(_ relative: String, _ mode: mode_t) throws {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: false) else { return }
        defer { if parent != descriptor { close(parent) } }
        let isDirectory = try entryStatus(parent, parts[parts.count - 1]).map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
        guard let fd = try openEntry(parent, parts[parts.count - 1], relative: relative,
                                     flags: O_RDONLY | (isDirectory ? O_DIRECTORY : 0), mode: 0) else { return }
        defer { close(fd) }
        guard fchmod(fd, mode) == 0 else { throw POSIXFile.failure("chmod", display(relative)) }
    }

    /// Gives the file or directory at `relative` `group` and `mode` (never through a link).
    func setGroupAndMode(_ relative: String, group: gid_t, mode: mode_t) throws {
        let parts = try Self.components(relative, store: path)
        guard let parent = try openDirectory(parts.dropLast(), create: false) else { return }
        defer { if parent != descriptor { close(parent) } }
        guard fchownat(parent, parts[parts.count - 1], uid_t.max, group, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw POSIXFile.failure("chgrp", display(relative))
        }
        try setMode(relative, mode)
    }

    /// Deletes `relative` and, for a directory, everything in it; links are removed, never
    /// followed. Only `lab reset --no-backup` deletes anything.
    func removeTree(_ relative: String) throws {
        guard let status = try status(relative) else { return }
        if status.st_mode & S_IFMT == S_IFDIR {
            for name in try list(relative) { try removeTree(relative + "/" + name) }
            let parts = try Self.components(relative, store: path)
            guard let parent = try openDirectory(parts.dropLast(), create: false) else { return }
            defer { if parent != descriptor { close(parent) } }
            guard unlinkat(parent, parts[parts.count - 1], AT_REMOVEDIR) == 0 else {
                throw POSIXFile.failure("rmdir", display(relative))
            }
        } else {
            try remove(relative)
        }
    }

    /// fsyncs the directory at `relative` ("" for the store) so renames and unlinks in it last.
    func syncDirectory(_ relative: String) throws {
        let parts = relative.isEmpty ? [] : try Self.components(relative, store: path)
        guard let fd = try openDirectory(parts[...], create: false) else { return }
        defer { if fd != descriptor { close(fd) } }
        try syncDirectory(relative, descriptor: fd)
    }

    /// `syncDirectory` for the already open directory at `relative`.
    func syncDirectory(_ relative: String, descriptor fd: Int32) throws {
        try check(.fsync, relative)
        try POSIXFile.sync(fd, path: display(relative))
    }

    /// Calls the fault hook for `operation` on `relative`.
    func check(_ operation: FileStep.Operation, _ relative: String) throws {
        if let faults { try faults(FileStep(operation: operation, path: relative)) }
    }

    // MARK: Paths

    /// The last component of a relative path (`c` of `a/b/c`).
    static func lastComponent(_ relative: String) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return relative }
        return String(relative[relative.index(after: slash)...])
    }

    /// `dir/.name.tmp`: hidden, so listings never mistake it for a record.
    static func temporaryPath(for relative: String) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return "." + relative + ".tmp" }
        return String(relative[...slash]) + "." + relative[relative.index(after: slash)...] + ".tmp"
    }

    /// The components of a path relative to the store; refuses absolute paths, empty
    /// components, `.` and `..`, so no string can name a place outside the store.
    static func components(_ relative: String, store: String) throws -> [String] {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0"),
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            throw StoreError.unsafePath(path: store + "/" + relative, reason: "names a place outside the store")
        }
        return parts
    }
}
