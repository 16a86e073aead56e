import Foundation

/// The audit log: `audit/YYYY-MM-DD.jsonl` (UTC date of the event), one CloudTrail event per
/// line, only ever appended, inside the same journaled commit as the change it records.
enum AuditLog {
    /// The log file for events on `date`, relative to the store.
    static func relativePath(for date: Date) -> String {
        let day = date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current).year().month().day())
        return StoreLayout.auditDirectory + "/" + day + ".jsonl"
    }

    /// The journal appends for `events`: one per file, at each file's current end.
    static func appends(for events: [AuditEvent], in directory: StoreDirectory) throws -> [Journal.Append] {
        var texts: [String: String] = [:]
        var order: [String] = []
        for event in events {
            let path = relativePath(for: event.eventTime)
            if texts[path] == nil { order.append(path) }
            texts[path, default: ""] += event.logLine
        }
        return try order.map { path in
            Journal.Append(path: path, offset: try fileSize(path, in: directory), text: texts[path] ?? "")
        }
    }

    private static func fileSize(_ path: String, in directory: StoreDirectory) throws -> UInt64 {
        guard let status = try directory.status(path) else { return 0 }
        if status.st_mode & S_IFMT != S_IFREG {
            throw StoreError.unsafePath(path: directory.display(path), reason: directory.describeUnsafe(status) ?? "is not a regular file")
        }
        return UInt64(status.st_size)
    }
}
