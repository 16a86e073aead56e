import IAMPolicy

/// The numeric built-ins, with Python's int/float results: `abs` keeps the kind, `ceil` and
/// `floor` give an int, `avg` a float, `sum` an int unless a float is summed.
extension QueryFunctions {
    /// `abs`, `ceil`, `floor`.
    static func rounded(_ name: String, _ value: JSONValue) -> JSONValue {
        guard let number = value.numberValue else { return .null }
        if QueryNumbers.isInteger(number), let integer = number.intValue {
            guard name == "abs" else { return value }
            return integer == .min ? QueryNumbers.float(-Double(integer)) : QueryNumbers.integer(Swift.abs(integer))
        }
        let double = number.doubleValue
        switch name {
        case "abs": return QueryNumbers.float(Swift.abs(double))
        case "ceil": return integral(double.rounded(.up))
        default: return integral(double.rounded(.down))
        }
    }

    private static func integral(_ value: Double) -> JSONValue {
        if let exact = Int(exactly: value) { return QueryNumbers.integer(exact) }
        return QueryNumbers.float(value)
    }

    /// `sum`: 0 for an empty array.
    static func sum(_ items: [JSONValue]) -> JSONValue {
        let numbers = items.compactMap(\.numberValue)
        if numbers.allSatisfy(QueryNumbers.isInteger) {
            var total = 0
            var overflowed = false
            for number in numbers {
                let (next, overflow) = total.addingReportingOverflow(number.intValue ?? 0)
                if overflow || number.intValue == nil { overflowed = true; break }
                total = next
            }
            if !overflowed { return QueryNumbers.integer(total) }
        }
        return QueryNumbers.float(numbers.reduce(0.0) { $0 + $1.doubleValue })
    }

    /// `avg`: null for an empty array.
    static func average(_ items: [JSONValue]) -> JSONValue {
        guard !items.isEmpty else { return .null }
        let total = sum(items).numberValue?.doubleValue ?? 0
        return QueryNumbers.float(total / Double(items.count))
    }

    /// `max`, `min`: the first greatest (least) element, null for an empty array.
    static func extreme(_ items: [JSONValue], largest: Bool) -> JSONValue {
        guard var best = items.first else { return .null }
        for item in items.dropFirst() {
            let order = QueryValues.order(item, best) ?? 0
            if largest ? order > 0 : order < 0 { best = item }
        }
        return best
    }

    /// `to_number`: numbers pass, strings are read as Python's `int()` then `float()` read
    /// them, anything else is null.
    static func toNumber(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number: return value
        case .string(let text): return parseNumber(text) ?? .null
        default: return .null
        }
    }

    private static func parseNumber(_ text: String) -> JSONValue? {
        let trimmed = String(text.unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed().map(Character.init))
        var body = Substring(trimmed)
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        if body.allSatisfy(\.isASCIIDigit) {
            let digits = body.drop(while: { $0 == "0" })
            return JSONNumber(text: digits.isEmpty ? "0" : sign + digits).map(JSONValue.number)
        }
        guard isPythonFloat(body), let double = Double(trimmed), double.isFinite else { return nil }
        return QueryNumbers.float(double)
    }

    /// Decimal float syntax: digits with an optional fraction, or a fraction alone, and an
    /// optional exponent (no hexadecimal, which Swift would accept and Python would not).
    private static func isPythonFloat(_ body: Substring) -> Bool {
        var rest = body
        let whole = rest.prefix(while: \.isASCIIDigit)
        rest = rest.dropFirst(whole.count)
        var fraction = Substring("")
        if rest.first == "." {
            rest = rest.dropFirst()
            fraction = rest.prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let first = rest.first, first == "e" || first == "E" {
            rest = rest.dropFirst()
            if let signChar = rest.first, signChar == "+" || signChar == "-" { rest = rest.dropFirst() }
            let exponent = rest.prefix(while: \.isASCIIDigit)
            guard !exponent.isEmpty else { return false }
            rest = rest.dropFirst(exponent.count)
        }
        return rest.isEmpty
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}

extension Character {
    /// `0`–`9`.
    fileprivate var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
