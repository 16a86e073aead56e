/// A JSON object that keeps its members in source order, duplicates included: AWS CLI output
/// must print keys in API order, and policy validation must see duplicate keys.
///
/// Equality and hashing are literal: two objects are equal when they have the same members
/// in the same order.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One `"key": value` member.
    public struct Member: Sendable, Hashable {
        /// The member name.
        public var key: String
        /// The member value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order.
    public private(set) var members: [Member]

    /// Creates an object from members in the given order.
    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// Creates an object from `(key, value)` pairs in the given order.
    public init(pairs: [(String, JSONValue)]) {
        self.members = pairs.map { Member(key: $0.0, value: $0.1) }
    }

    /// Creates an object from a dictionary literal, keeping the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(pairs: elements)
    }

    /// The first index.
    public var startIndex: Int { members.startIndex }
    /// One past the last index.
    public var endIndex: Int { members.endIndex }
    /// The member at `position`.
    public subscript(position: Int) -> Member { members[position] }

    /// The names in order (duplicates included).
    public var keys: [String] { members.map(\.key) }

    /// The value for `key` (the last one if the key is duplicated, as most JSON readers do).
    /// Setting replaces the value in place (keeping the position) or appends a new member;
    /// setting `nil` removes every member with that name.
    public subscript(key: String) -> JSONValue? {
        get {
            members.last(where: { $0.key == key })?.value
        }
        set {
            if let newValue {
                if let index = members.lastIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append(Member(key: key, value: newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
        }
    }

    /// Appends a member at the end, even if the name already exists.
    public mutating func append(key: String, value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    /// Names that occur more than once, each reported once, in order of their second occurrence.
    public var duplicateKeys: [String] {
        // Objects in policies are small: a pairwise scan avoids building a set.
        if members.count <= 16 {
            var duplicates: [String] = []
            for later in members.indices {
                for earlier in 0..<later where members[earlier].key == members[later].key {
                    if !duplicates.contains(members[later].key) { duplicates.append(members[later].key) }
                    break
                }
            }
            return duplicates
        }
        var seen = Set<String>()
        var duplicates: [String] = []
        for member in members where !seen.insert(member.key).inserted {
            if !duplicates.contains(member.key) { duplicates.append(member.key) }
        }
        return duplicates
    }
}
