import Foundation
import IAMPolicy

extension LabStore {
    /// The newest `limit` audit events, newest first, each as the CloudTrail-shaped object the
    /// log holds (the console's Activity page reads them). Reads the dated files from the
    /// newest back until `limit` events are found, under the shared lock so a half-written
    /// commit is never read. A line that is not JSON fails the read with its file and line.
    public func recentAuditEvents(limit: Int) throws -> [JSONValue] {
        guard limit > 0 else { return [] }
        return try read { _ in
            var events: [JSONValue] = []
            for name in try auditFileNames().reversed() {
                let relative = StoreLayout.auditDirectory + "/" + name
                guard let data = try directory.read(relative) else { continue }
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
                for (index, line) in lines.enumerated().reversed() {
                    do {
                        events.append(try JSONParser.parse(String(line)))
                    } catch {
                        throw StoreError.corruptFile(path: directory.display(relative), line: index + 1, column: nil, jsonPath: nil,
                                                    reason: "an audit log line is not JSON: \(error)")
                    }
                    if events.count == limit { return events }
                }
            }
            return events
        }
    }

    /// A number that changes whenever an event is appended to the audit log, in any process:
    /// refused and failed calls add events without changing any record (so without a new
    /// `generation`). One directory listing and one stat; never waits for a lock.
    public func auditStamp() throws -> UInt64 {
        guard let newest = try auditFileNames().last,
              let status = try directory.status(StoreLayout.auditDirectory + "/" + newest) else { return 0 }
        var hasher = Hasher()
        hasher.combine(newest)
        hasher.combine(status.st_ino)
        hasher.combine(status.st_size)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// `YYYY-MM-DD.jsonl` names in the audit directory, oldest first.
    private func auditFileNames() throws -> [String] {
        try directory.list(StoreLayout.auditDirectory).filter { $0.hasSuffix(".jsonl") }.sorted()
    }
}
