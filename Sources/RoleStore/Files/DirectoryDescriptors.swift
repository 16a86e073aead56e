import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's directories opened once for one write transaction, so its record lookups and
/// its commit walk each path once rather than once per file. A server's group commit of 32
/// roles walked `<account>/role` and `lab/uniqueID` about 450 times (two `openat` and two
/// `close` each) before this; now it walks each once.
///
/// Valid only under the exclusive lock (no other process may change the store's directories
/// then) and on one thread. A descriptor it hands out is valid until the next call: past
/// `limit` open directories it closes them all and starts again, so a commit touching
/// hundreds of accounts holds a bounded number of descriptors.
final class DirectoryDescriptors {
    /// The most directories kept open at once.
    static let limit = 64

    private let directory: StoreDirectory
    private var opened: [String: Int32] = [:]

    init(directory: StoreDirectory) {
        self.directory = directory
    }

    deinit { closeAll() }

    /// The directory at `relative` ("" for the store), walked without following links as
    /// `StoreDirectory` walks; created with its parents when `create` is set, otherwise nil
    /// when it does not exist (a missing directory is never remembered: the commit may make it).
    func descriptor(_ relative: String, create: Bool) throws -> Int32? {
        if relative.isEmpty { return directory.descriptor }
        if let fd = opened[relative] { return fd }
        let parts = try StoreDirectory.components(relative, store: directory.path)
        guard let fd = try directory.openDirectory(parts[...], create: create) else { return nil }
        if opened.count >= Self.limit { closeAll() }
        opened[relative] = fd
        return fd
    }

    /// Every directory of `relatives` open at the same time (each made when its value says
    /// so; nil for one that does not exist), at most `limit` of them: room is made first, so
    /// none is closed while the others are in use.
    func descriptors(_ relatives: [String: Bool]) throws -> [String: Int32?] {
        precondition(relatives.count <= Self.limit, "more directories than can be kept open")
        if opened.count + relatives.count > Self.limit { closeAll() }
        var result: [String: Int32?] = [:]
        for (relative, create) in relatives { result[relative] = try descriptor(relative, create: create) }
        return result
    }

    /// Closes every directory opened so far.
    func closeAll() {
        for fd in opened.values { close(fd) }
        opened.removeAll()
    }
}
