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

    /// The parsed document; a text that is not a valid policy of `kind` throws the engine's
    /// located error (line, column, JSON path), so a caller can never mistake an unreadable
    /// policy for an absent one. Failures are not cached.
    func document(_ text: String, kind: PolicyKind) throws(PolicyError) -> PolicyDocument {
        let key = Key(kind: kind, text: text)
        lock.lock()
        if let cached = documents[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let parsed = try PolicyDocument.parse(text, kind: kind)
        lock.lock()
        if documents.count >= limit { documents.removeAll(keepingCapacity: true) }
        documents[key] = parsed
        lock.unlock()
        return parsed
    }
}
