import Foundation
import IAMPolicy

/// Policy documents as the CLI shows them (decoded JSON), by text. Bounded: cleared when it
/// grows past `limit` entries, as `PolicyCache` is.
final class DocumentDisplayCache: @unchecked Sendable {
    /// The process-wide cache.
    static let shared = DocumentDisplayCache()

    private let lock = NSLock()
    private var values: [String: JSONValue] = [:]
    private let limit = 4096

    /// The value for `text`, made by `make` the first time.
    func value(_ text: String, make: () -> JSONValue) -> JSONValue {
        if let cached = lock.withLock({ values[text] }) { return cached }
        let made = make()
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[text] = made
        }
        return made
    }
}
