import IAMPolicy

/// The value rules of JMESPath (https://jmespath.org/specification.html): truthiness,
/// equality and ordering, with jmespath.py's choices where the AWS CLI's users
/// see them (strings may be ordered, as `[?CreateDate > '2024-01-01']` relies on).
enum QueryValues {
    /// False values: empty string, array and object, `false` and null; every number is true
    /// (https://jmespath.org/specification.html#or-expressions).
    static func isTruthy(_ value: JSONValue) -> Bool {
        switch value {
        case .null: false
        case .bool(let flag): flag
        case .string(let text): !text.isEmpty
        case .array(let items): !items.isEmpty
        case .object(let object): !object.isEmpty
        case .number: true
        }
    }

    /// Deep equality: objects ignore member order, numbers compare by value (`1 == 1.0`),
    /// and a Boolean never equals a number.
    static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.number(let a), .number(let b)): return QueryNumbers.compare(a, b) == 0
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            let keys = Set(a.keys)
            guard keys == Set(b.keys) else { return false }
            return keys.allSatisfy { key in equal(a[key] ?? .null, b[key] ?? .null) }
        default: return false
        }
    }

    /// Python's ordering of two numbers or two strings (code point order); `nil` when Python
    /// could not order them.
    static func order(_ left: JSONValue, _ right: JSONValue) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)): return QueryNumbers.compare(a, b)
        case (.string(let a), .string(let b)):
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return 0 }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value } ? -1 : 1
        default: return nil
        }
    }

    /// The Python type name jmespath.py prints for an element of the wrong type in an array.
    static func pythonTypeName(_ value: JSONValue) -> String {
        switch value {
        case .string: "str"
        case .number(let number): QueryNumbers.isInteger(number) ? "int" : "float"
        case .bool: "bool"
        case .null: "NoneType"
        case .array: "list"
        case .object: "dict"
        }
    }
}
