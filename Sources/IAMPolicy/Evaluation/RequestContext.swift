/// The condition keys of one request and their values. Key names are case-insensitive (as in
/// IAM); values are case-sensitive strings, single or multivalued. Build it once per request:
/// lookups are one hash of a pre-lower-cased key.
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

    private struct Entry: Sendable, Hashable {
        var name: String
        var value: Value
    }

    private var storage: [String: Entry] = [:]

    /// An empty context.
    public init() {}

    /// A context from key/value pairs (a later duplicate key, in any case, wins).
    public init(_ values: [String: Value]) {
        for (key, value) in values { self[key] = value }
    }

    /// A context from a literal, e.g. `["aws:SourceIp": "10.0.0.1", "aws:TagKeys": ["a", "b"]]`.
    public init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }

    /// The value of `key`, matched case-insensitively; setting `nil` removes it.
    public subscript(key: String) -> Value? {
        get { storage[key.lowercased()]?.value }
        set {
            if let newValue {
                storage[key.lowercased()] = Entry(name: key, value: newValue)
            } else {
                storage[key.lowercased()] = nil
            }
        }
    }

    /// The keys as they were given, sorted case-insensitively.
    public var keys: [String] {
        storage.values.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
    }

    /// Whether no key is set.
    public var isEmpty: Bool { storage.isEmpty }

    /// Lookup for keys the compiler already lower-cased (the hot path).
    func value(forLowercasedKey key: String) -> Value? {
        storage[key]?.value
    }
}
