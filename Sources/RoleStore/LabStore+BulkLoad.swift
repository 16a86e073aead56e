import Dispatch
import Foundation
import IAMKit

extension LabStore {
    /// Below this many uncached records a listing decodes them on the calling thread.
    static let parallelLoadThreshold = 64

    /// The records at `keys` (absent ones left out), through the cache. Uncached files are
    /// read and decoded on every core: decoding dominates reading a large store (the console
    /// listing 5,000 roles), and records are independent. Caller holds a lock.
    func loadRecords<R: LabRecord>(_ type: R.Type, at keys: [RecordKey]) throws -> [R] {
        let missing = keys.filter { cache[$0] == nil }
        if missing.count >= Self.parallelLoadThreshold {
            let paths = try missing.map { try RecordPath.relativePath(for: $0) }
            let directory = self.directory
            // Each kind directory is walked once (it is one for a listing), not once per file.
            var parents: [String: Int32] = [:]
            defer { for fd in parents.values where fd >= 0 { close(fd) } }
            let parentOf = try paths.map { relative -> (fd: Int32, name: String) in
                let slash = relative.lastIndex(of: "/") ?? relative.startIndex
                let parent = String(relative[..<slash])
                if parents[parent] == nil { parents[parent] = try directory.openDirectoryForReading(parent) ?? -1 }
                return (parents[parent] ?? -1, String(relative[relative.index(after: slash)...]))
            }
            let results = ResultSlots<R>(count: missing.count)
            let chunk = 32
            DispatchQueue.concurrentPerform(iterations: (missing.count + chunk - 1) / chunk) { block in
                let codec = RecordCodec()
                for index in block * chunk..<min((block + 1) * chunk, missing.count) {
                    results.set(index, Result {
                        let parent = parentOf[index]
                        let data = parent.fd < 0 ? nil : try directory.read(parent.name, in: parent.fd, relative: paths[index])
                        return try data.map {
                            try codec.decode(type, from: $0, path: directory.display(paths[index]), key: missing[index])
                        }
                    })
                }
            }
            for (index, key) in missing.enumerated() {
                switch try results.get(index) {
                case let record?: cache[key] = .present(record)
                case nil: cache[key] = .absent
                }
            }
        }
        return try keys.compactMap { try loadRecord(type, at: $0) }
    }
}

/// Per-index results written by concurrent workers; each slot is written by exactly one.
private final class ResultSlots<R: Sendable>: @unchecked Sendable {
    private var slots: [Result<R?, any Error>]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: .success(nil), count: count)
    }

    func set(_ index: Int, _ result: Result<R?, any Error>) {
        lock.withLock { slots[index] = result }
    }

    func get(_ index: Int) throws -> R? {
        try lock.withLock { slots[index] }.get()
    }
}
