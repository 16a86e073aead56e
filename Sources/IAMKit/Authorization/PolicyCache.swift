import Foundation
import IAMPolicy

/// Parsed policy documents by kind and text. Stored documents were validated when saved, so
/// authorizing a request only needs them parsed; caching the parse keeps AssumeRole and IAM
/// authorization at memory speed. Bounded: cleared when it grows past `limit` entries.
final class PolicyCache: @unchecked Sendable {
    /// The process-wide cache.
    static let shared = PolicyCache()

    private let lock = NSLock()
    private var documents: [Key: PolicyDocument] = [:]
    private let limit = 4096

    private struct Key: Hashable {
        var kind: PolicyKind
        var text: String
    }

    /// The parsed document, or nil when the text is not a valid policy of `kind`.
    func document(_ text: String, kind: PolicyKind) -> PolicyDocument? {
        let key = Key(kind: kind, text: text)
        lock.lock()
        if let cached = documents[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        guard let parsed = try? PolicyDocument.parse(text, kind: kind) else { return nil }
        lock.lock()
        if documents.count >= limit { documents.removeAll(keepingCapacity: true) }
        documents[key] = parsed
        lock.unlock()
        return parsed
    }
}
