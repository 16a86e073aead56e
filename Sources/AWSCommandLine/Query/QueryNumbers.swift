import IAMPolicy

/// Numbers as the AWS CLI's Python sees them: an integer literal is an `int` (exact, printed
/// without a fraction), anything else a `float` (printed as Python's `repr`, `2.0`), so
/// `length(...)` prints `3` and `avg(...)` prints `2.0`.
enum QueryNumbers {
    /// Whether the literal is written as an integer (`3`, `-12`), Python's `int`.
    static func isInteger(_ number: JSONNumber) -> Bool {
        !number.text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    }

    /// -1, 0 or 1: integers compare exactly, others as doubles.
    static func compare(_ left: JSONNumber, _ right: JSONNumber) -> Int {
        if isInteger(left), isInteger(right), let a = left.intValue, let b = right.intValue {
            return a < b ? -1 : (a == b ? 0 : 1)
        }
        let a = left.doubleValue, b = right.doubleValue
        return a < b ? -1 : (a == b ? 0 : 1)
    }

    /// An `int` result.
    static func integer(_ value: Int) -> JSONValue {
        .number(JSONNumber(value))
    }

    /// A `float` result, printed as Python prints floats (always with `.0` or an exponent).
    static func float(_ value: Double) -> JSONValue {
        .number(JSONNumber(value))
    }

    /// A literal's numbers as Python's `json.loads` would hold them: `1e3` becomes `1000.0`.
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number) where !isInteger(number):
            return float(number.doubleValue)
        case .array(let items):
            return .array(items.map(normalized))
        case .object(let object):
            return .object(JSONObject(object.members.map { JSONObject.Member(key: $0.key, value: normalized($0.value)) }))
        default:
            return value
        }
    }
}
