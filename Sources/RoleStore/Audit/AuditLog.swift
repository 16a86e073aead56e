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
    static func appends(for events: [AuditEvent], storePath: String) throws -> [Journal.Append] {
        var texts: [String: String] = [:]
        var order: [String] = []
        for event in events {
            let path = relativePath(for: event.eventTime)
            if texts[path] == nil { order.append(path) }
            texts[path, default: ""] += event.logLine
        }
        return try order.map { path in
            Journal.Append(path: path, offset: try fileSize(storePath + "/" + path), text: texts[path] ?? "")
        }
    }

    private static func fileSize(_ path: String) throws -> UInt64 {
        var status = stat()
        if stat(path, &status) != 0 {
            if errno == ENOENT { return 0 }
            throw POSIXFile.failure("stat", path)
        }
        return UInt64(status.st_size)
    }
}
