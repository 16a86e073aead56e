/// The condition keys of one request and their values. Key names are case-insensitive (as in
/// IAM); values are case-sensitive strings, single or multivalued. Build it once per request:
/// evaluation looks keys up by a hash the policy compiler computed in advance, with no
/// string hashing or allocation.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
public struct RequestContext: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// A key's value.
    public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
        /// A single-valued key such as `aws:SourceIp`.
        case single(String)
        /// A multivalued key such as `aws:TagKeys` (may be empty).
        case multiple([String])

        /// A string literal is a single value.
        public init(stringLiteral value: String) { self = .single(value) }
        /// An array literal is a multivalued key.
        public init(arrayLiteral elements: String...) { self = .multiple(elements) }

        /// The values as a list.
        public var values: [String] {
            switch self {
            case .single(let value): [value]
            case .multiple(let values): values
            }
        }
    }

    struct Entry: Sendable, Hashable {
        let hash: UInt64
        let lowercasedKey: String
        let name: String
        let value: Value
    }

    /// Few keys per request: a flat list scanned by precomputed hash beats a dictionary.
    private var entries: [Entry] = []

    /// An empty context.
    public init() {}

    /// A context from key/value pairs.
    public init(_ values: [String: Value]) {
        for (key, value) in values { self[key] = value }
    }

    /// A context from a literal, e.g. `["aws:SourceIp": "10.0.0.1", "aws:TagKeys": ["a", "b"]]`;
    /// a later duplicate key (in any letter case) wins.
    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The value of `key`, matched case-insensitively; setting `nil` removes it.
    public subscript(key: String) -> Value? {
        get {
            let folded = key.lowercased()
            return value(forLowercasedKey: folded, hash: RequestContext.hash(folded))
        }
        set {
            // A request context is built key by key for every authorized call: compare hashes
            // first and replace in place (the entries' order is never observable).
            let folded = key.lowercased()
            let hash = RequestContext.hash(folded)
            let existing = entries.firstIndex { $0.hash == hash && $0.lowercasedKey == folded }
            switch (existing, newValue) {
            case let (index?, value?): entries[index] = Entry(hash: hash, lowercasedKey: folded, name: key, value: value)
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append(Entry(hash: hash, lowercasedKey: folded, name: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// The keys as they were given, sorted case-insensitively.
    public var keys: [String] {
        entries.sorted { $0.lowercasedKey < $1.lowercasedKey }.map(\.name)
    }

    /// Whether no key is set.
    public var isEmpty: Bool { entries.isEmpty }

    /// Contexts are equal when they hold the same keys (any case) with the same values.
    public static func == (lhs: RequestContext, rhs: RequestContext) -> Bool {
        lhs.entries.count == rhs.entries.count
            && lhs.entries.allSatisfy { rhs.value(forLowercasedKey: $0.lowercasedKey, hash: $0.hash) == $0.value }
    }

    /// Hashes keys and values independently of insertion order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for entry in entries {
            var inner = Hasher()
            inner.combine(entry.lowercasedKey)
            inner.combine(entry.value)
            combined ^= inner.finalize()
        }
        hasher.combine(combined)
    }

    /// The hot-path lookup: `key` already lower-cased and hashed with ``hash(_:)``.
    @inline(__always)
    func value(forLowercasedKey key: String, hash: UInt64) -> Value? {
        entries.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].hash == hash && buffer[index].lowercasedKey == key {
                return buffer[index].value
            }
            return nil
        }
    }

    /// Lookup by a lower-cased key (hashing it first).
    func value(forLowercasedKey key: String) -> Value? {
        value(forLowercasedKey: key, hash: RequestContext.hash(key))
    }

    /// FNV-1a of the lower-cased key's UTF-8 bytes (read contiguously: this runs for every key
    /// set and every key a policy names).
    static func hash(_ lowercasedKey: String) -> UInt64 {
        var key = lowercasedKey
        return key.withUTF8 { ServiceKey.hash($0) }
    }
}
