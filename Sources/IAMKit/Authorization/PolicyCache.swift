import IAMPolicy

/// Parsed policy documents by kind and text. Stored documents were validated when saved, so
/// authorizing a request only needs them parsed; caching the parse keeps AssumeRole and IAM
/// authorization at memory speed. Bounded at 4,096 documents (`BoundedCache`).
final class PolicyCache: Sendable {
    /// The process-wide cache.
    static let shared = PolicyCache()

    private let documents = BoundedCache<Key, PolicyDocument>(limit: 4096)

    private struct Key: Hashable {
        var kind: PolicyKind
        var text: String
    }

    /// The parsed document; a text that is not a valid policy of `kind` throws the engine's
    /// located error (line, column, JSON path), so a caller can never mistake an unreadable
    /// policy for an absent one. Failures are not cached.
    func document(_ text: String, kind: PolicyKind) throws(PolicyError) -> PolicyDocument {
        try documents.value(for: Key(kind: kind, text: text)) { () throws(PolicyError) in try PolicyDocument.parse(text, kind: kind) }
    }
}
