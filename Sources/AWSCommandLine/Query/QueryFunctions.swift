import IAMPolicy

/// The built-in functions of JMESPath
/// (https://jmespath.org/specification.html#built-in-functions), with the signatures
/// jmespath.py checks before calling them.
struct QueryFunctions {
    /// Evaluates expression references (`&expr`) for `map`, `sort_by`, `max_by`, `min_by`.
    let interpreter: QueryInterpreter

    /// Each function's parameter types, as the specification lists them.
    static let signatures: [String: QuerySignature] = [
        "abs": QuerySignature(parameters: [[.number]]),
        "avg": QuerySignature(parameters: [[.arrayNumber]]),
        "ceil": QuerySignature(parameters: [[.number]]),
        "contains": QuerySignature(parameters: [[.array, .string], [.any]]),
        "ends_with": QuerySignature(parameters: [[.string], [.string]]),
        "floor": QuerySignature(parameters: [[.number]]),
        "join": QuerySignature(parameters: [[.string], [.arrayString]]),
        "keys": QuerySignature(parameters: [[.object]]),
        "length": QuerySignature(parameters: [[.string, .array, .object]]),
        "map": QuerySignature(parameters: [[.expref], [.array]]),
        "max": QuerySignature(parameters: [[.arrayNumber, .arrayString]]),
        "max_by": QuerySignature(parameters: [[.array], [.expref]]),
        "merge": QuerySignature(parameters: [[.object]], variadic: true),
        "min": QuerySignature(parameters: [[.arrayNumber, .arrayString]]),
        "min_by": QuerySignature(parameters: [[.array], [.expref]]),
        "not_null": QuerySignature(parameters: [[.any]], variadic: true),
        "reverse": QuerySignature(parameters: [[.array, .string]]),
        "sort": QuerySignature(parameters: [[.arrayString, .arrayNumber]]),
        "sort_by": QuerySignature(parameters: [[.array], [.expref]]),
        "starts_with": QuerySignature(parameters: [[.string], [.string]]),
        "sum": QuerySignature(parameters: [[.arrayNumber]]),
        "to_array": QuerySignature(parameters: [[.any]]),
        "to_number": QuerySignature(parameters: [[.any]]),
        "to_string": QuerySignature(parameters: [[.any]]),
        "type": QuerySignature(parameters: [[.any]]),
        "values": QuerySignature(parameters: [[.object]]),
    ]

    /// Calls `name` with `arguments` after checking them against its signature.
    func call(_ name: String, _ arguments: [QueryArgument]) throws(QueryRuntimeError) -> JSONValue {
        guard let signature = Self.signatures[name] else { throw .unknownFunction(name) }
        try signature.check(name, arguments)
        let values = arguments.map { argument -> JSONValue in
            if case .value(let value) = argument { return value }
            return .null
        }
        let first = values.first ?? .null
        switch name {
        case "abs", "ceil", "floor": return Self.rounded(name, first)
        case "avg": return Self.average(first.arrayValue ?? [])
        case "sum": return Self.sum(first.arrayValue ?? [])
        case "max", "min": return Self.extreme(first.arrayValue ?? [], largest: name == "max")
        case "sort": return .array(Self.stableSorted(first.arrayValue ?? []) { QueryValues.order($0, $1) ?? 0 })
        case "to_number": return Self.toNumber(first)
        case "to_string": return first.stringValue.map(JSONValue.string) ?? .string(QueryPythonJSON.compact(first))
        case "to_array": return first.arrayValue == nil ? .array([first]) : first
        // `kindName` is exactly the specification's type names (string, number, boolean, ...).
        case "type": return .string(first.kindName)
        case "not_null": return values.first(where: { !$0.isNull }) ?? .null
        case "keys": return .array((first.objectValue?.keys ?? []).map(JSONValue.string))
        case "values": return .array(first.objectValue?.members.map(\.value) ?? [])
        case "merge": return Self.merge(values)
        case "length": return Self.length(first)
        case "reverse": return Self.reverse(first)
        case "contains": return try Self.contains(first, values[1])
        case "starts_with": return .bool(Self.scalars(first).starts(with: Self.scalars(values[1])))
        case "ends_with": return .bool(Self.scalars(first).reversed().starts(with: Self.scalars(values[1]).reversed()))
        case "join":
            let separator = first.stringValue ?? ""
            return .string((values[1].arrayValue ?? []).compactMap(\.stringValue).joined(separator: separator))
        default: return try callWithExpression(name, arguments)
        }
    }

    /// `map`, `sort_by`, `max_by`, `min_by`: the functions that take `&expr`.
    private func callWithExpression(_ name: String, _ arguments: [QueryArgument]) throws(QueryRuntimeError) -> JSONValue {
        var reference: QueryNode = .current
        var items: [JSONValue] = []
        for argument in arguments {
            switch argument {
            case .expression(let node): reference = node
            case .value(let value): items = value.arrayValue ?? []
            }
        }
        switch name {
        case "map":
            var results: [JSONValue] = []
            for item in items { results.append(try interpreter.evaluate(reference, item)) }
            return .array(results)
        case "sort_by":
            return try sortBy(items, reference)
        default:
            return try extremeBy(items, reference, function: name, largest: name == "max_by")
        }
    }

    /// Unicode scalars, so prefixes and lengths count code points as Python does.
    static func scalars(_ value: JSONValue) -> [Unicode.Scalar] {
        Array((value.stringValue ?? "").unicodeScalars)
    }
}
