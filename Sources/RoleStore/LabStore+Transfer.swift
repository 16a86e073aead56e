import Foundation
import IAMKit

extension LabStore {
    /// Every record file of the store with its key, sorted by scope, kind and name. Caller
    /// holds a lock.
    func allRecordFiles() throws -> [(RecordKey, String)] {
        var result: [(RecordKey, String)] = []
        for scope in try directory.list("").sorted() where !scope.hasPrefix(".") && !RecordPath.reservedNames.contains(scope) {
            guard let status = try directory.status(scope), status.st_mode & S_IFMT == S_IFDIR else { continue }
            for kind in try directory.list(scope).sorted() where RecordKind(rawValue: kind) != nil {
                for file in try directory.list(scope + "/" + kind).sorted() {
                    let relative = scope + "/" + kind + "/" + file
                    if let key = RecordPath.key(forRelativePath: relative) { result.append((key, relative)) }
                }
            }
        }
        return result.sorted { ($0.0.scope, $0.0.kind.rawValue, $0.0.name) < ($1.0.scope, $1.0.kind.rawValue, $1.0.name) }
    }

    /// Writes already-encoded records as one commit (lab import); every cache is dropped.
    func commitImported(_ records: [(RecordKey, Data)]) throws {
        try exclusively {
            let files = try records.map { key, data in
                Journal.FileChange(path: try RecordPath.relativePath(for: key), contents: String(decoding: data, as: UTF8.self))
            }
            let generation = knownGeneration + 1
            let line = ChangeLog.line(for: .init(generation: generation, keys: nil))
            let append = Journal.Append(path: ChangeLog.fileName, offset: changeLogOffset, text: line)
            try journalWriter.commit(Journal(generation: generation, files: files, appends: [append]))
            cache.invalidateAll()
            knownGeneration = generation
            changeLogOffset = append.offset + UInt64(line.utf8.count)
            changeLogInode = try changeLog.stamp().inode
        }
    }
}
