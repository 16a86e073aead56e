import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreMaintenance {
    /// Makes the store group-shared, git's `--shared=group` way: the store directory and every
    /// directory in it setgid and 2770, every file 0660 and in the store directory's group, so
    /// every member of that group can run the console and the CLI on it at once. Files created
    /// later get the group from the setgid directories and 0660 from the store (see `StoreSharing`).
    public static func shareWithGroup(path: String, lockTimeout: Double = 10) throws {
        let directory = try StoreDirectory(path: path, create: false)
        let lock = try StoreLock(directory: directory, recordsHolder: false)
        try lock.acquire(exclusive: true, timeout: lockTimeout)
        defer { lock.release(exclusive: true) }
        var status = stat()
        guard fstat(directory.descriptor, &status) == 0 else { throw POSIXFile.failure("stat", path) }
        let shared = StoreSharing(isShared: true)
        guard fchmod(directory.descriptor, shared.directoryMode) == 0 else { throw POSIXFile.failure("chmod", path) }
        try share("", group: status.st_gid, sharing: shared, in: directory)
    }

    private static func share(_ relative: String, group: gid_t, sharing: StoreSharing, in directory: StoreDirectory) throws {
        for name in try directory.list(relative) {
            let child = relative.isEmpty ? name : relative + "/" + name
            guard let status = try directory.status(child), directory.describeUnsafe(status) == nil else { continue }
            let isDirectory = status.st_mode & S_IFMT == S_IFDIR
            try directory.setGroupAndMode(child, group: group, mode: isDirectory ? sharing.directoryMode : sharing.fileMode)
            if isDirectory { try share(child, group: group, sharing: sharing, in: directory) }
        }
    }
}

extension LabStore {
    /// The group a group-shared lab is shared with (the store directory's group), or nil for
    /// a private lab.
    public var sharedGroup: String? {
        guard directory.sharing.isShared else { return nil }
        var status = stat()
        guard fstat(directory.descriptor, &status) == 0 else { return nil }
        guard let entry = getgrgid(status.st_gid), let name = entry.pointee.gr_name else { return String(status.st_gid) }
        return String(cString: name)
    }
}
