import Foundation
import IAMKit
import IAMPolicy

/// `changes.log`: one line per generation naming the records it touched, so a long-lived
/// process (the console) or the next transaction re-reads only what changed since its cache
/// instead of every file. The store's generation is the last line's.
struct ChangeLog {
    /// The change log's name inside the store.
    static let fileName = "changes.log"
    /// A commit touching more records than this logs `keys: null`, meaning "drop every cache":
    /// it keeps lines short, so reading the last one stays cheap.
    static let maximumKeysPerLine = 256

    /// One line.
    struct Entry: Codable, Sendable, Equatable {
        /// The generation this commit produced.
        var generation: UInt64
        /// The records it touched; nil when it touched too many to list.
        var keys: [RecordKey]?
    }

    /// What a read of the log's new lines found.
    struct Progress: Sendable, Equatable {
        /// The entries after the previous offset, in order.
        var entries: [Entry]
        /// The offset just after the last complete line read.
        var offset: UInt64
    }

    let directory: StoreDirectory
    /// The log's full path, for messages.
    var path: String { directory.display(Self.fileName) }

    init(directory: StoreDirectory) {
        self.directory = directory
    }

    /// The line recording `entry`: compact JSON with sorted keys, as `JSONEncoder` would write `entry` (`keys` left out
    /// when nil), written with IAMPolicy's `JSONWriter`: every commit writes one, and making a
    /// `JSONEncoder` for it cost more than the rest of the line's work.
    static func line(for entry: Entry) -> String {
        var members = [JSONObject.Member(key: "generation", value: .number(JSONNumber(entry.generation)))]
        if let keys = entry.keys {
            members.append(.init(key: "keys", value: .array(keys.map { key in
                .object(JSONObject([.init(key: "kind", value: .string(key.kind.rawValue)),
                                    .init(key: "name", value: .string(key.name)),
                                    .init(key: "scope", value: .string(key.scope))]))
            })))
        }
        return JSONWriter.string(for: .object(JSONObject(members)), style: .compact) + "\n"
    }

    /// Which file the log is and how long: compaction replaces the file, so a reader whose
    /// inode differs must start over rather than read on from its offset.
    struct Stamp: Sendable, Equatable {
        /// The length in bytes (0 when the log does not exist yet).
        var size: UInt64
        /// The file's inode (0 when it does not exist yet).
        var inode: UInt64
    }

    /// Past this size a commit replaces the log by one line (see `compacted(generation:)`).
    static let compactionThreshold: UInt64 = 4 * 1024 * 1024

    /// The log's current stamp.
    func stamp() throws -> Stamp {
        guard let status = try directory.status(Self.fileName) else { return Stamp(size: 0, inode: 0) }
        if status.st_mode & S_IFMT != S_IFREG {
            throw StoreError.unsafePath(path: path, reason: directory.describeUnsafe(status) ?? "is not a regular file")
        }
        return Stamp(size: UInt64(status.st_size), inode: UInt64(status.st_ino))
    }

    /// The current length of the log (0 when it does not exist yet).
    func size() throws -> UInt64 {
        try stamp().size
    }

    /// Replaces the log by one line saying "generation N; drop every cache", so it never grows
    /// without bound. Atomic (temp file, rename), so a crash leaves the old log or the new one.
    func compact(generation: UInt64, sync: Bool) throws -> Stamp {
        let line = Self.line(for: Entry(generation: generation, keys: nil))
        try directory.replace(Self.fileName, with: Data(line.utf8), sync: sync)
        if sync { try directory.syncDirectory("") }
        return try stamp()
    }

    /// The complete lines after `offset`.
    func entries(after offset: UInt64) throws -> Progress {
        guard let fd = try directory.openFile(Self.fileName, flags: O_RDONLY) else { return Progress(entries: [], offset: 0) }
        defer { close(fd) }
        let data = try POSIXFile.readToEnd(fd, from: offset, path: path)
        var entries: [Entry] = []
        var consumed = 0
        let decoder = JSONDecoder()
        var lineStart = data.startIndex
        while let newline = data[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = data[lineStart..<newline]
            do {
                entries.append(try decoder.decode(Entry.self, from: line))
            } catch {
                throw corruptLine(at: offset + UInt64(consumed))
            }
            consumed += line.count + 1
            lineStart = data.index(after: newline)
        }
        return Progress(entries: entries, offset: offset + UInt64(consumed))
    }

    /// The generation of the last complete line and the offset after it, reading only the
    /// log's tail (lines are short, see `maximumKeysPerLine`) and decoding only that line:
    /// every open of the store asks this, and a lab's log holds thousands of lines between
    /// compactions (decoding the 700 lines of a 64 KiB window cost a CLI call milliseconds).
    func tail() throws -> (generation: UInt64, offset: UInt64) {
        let length = try size()
        guard length > 0 else { return (0, 0) }
        var window: UInt64 = 4 * 1024
        while true {
            let start = length > window ? length - window : 0
            guard let fd = try directory.openFile(Self.fileName, flags: O_RDONLY) else { return (0, 0) }
            let data: Data
            do {
                data = try POSIXFile.readToEnd(fd, from: start, path: path)
                close(fd)
            } catch {
                close(fd)
                throw error
            }
            let newline = UInt8(ascii: "\n")
            guard let lastNewline = data.lastIndex(of: newline) else {
                if start == 0 { return (0, 0) }
                window *= 4
                continue
            }
            let lineStart: Data.Index
            if let previous = data[..<lastNewline].lastIndex(of: newline) {
                lineStart = data.index(after: previous)
            } else if start == 0 {
                lineStart = data.startIndex
            } else {
                window *= 4
                continue
            }
            let lineOffset = start + UInt64(lineStart - data.startIndex)
            let entry: Entry
            do {
                entry = try JSONDecoder().decode(Entry.self, from: data[lineStart..<lastNewline])
            } catch {
                throw corruptLine(at: lineOffset)
            }
            return (entry.generation, start + UInt64(lastNewline - data.startIndex) + 1)
        }
    }

    /// The error for a line of the log at `offset` that does not parse.
    private func corruptLine(at offset: UInt64) -> StoreError {
        StoreError.corruptFile(path: path, line: nil, column: nil, jsonPath: nil,
                               reason: "a change log line at byte \(offset) does not parse. "
                                   + "`rolecall lab repair` moves the log into quarantine")
    }
}
