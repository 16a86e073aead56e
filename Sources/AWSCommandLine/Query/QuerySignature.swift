import IAMPolicy

/// The argument types of a built-in function and how jmespath.py checks them
/// (https://jmespath.org/specification.html#function-expressions): wrong counts are arity
/// errors, wrong types are `invalid-type` errors naming the function, the value, the
/// expected types and the type received.
struct QuerySignature: Sendable {
    /// A parameter type as the specification names it.
    enum ParameterType: String, Sendable {
        case any, number, string, boolean, array, object, null, expref
        case arrayNumber = "array-number"
        case arrayString = "array-string"

        /// The element type of a typed array.
        var elementType: ParameterType? {
            switch self {
            case .arrayNumber: .number
            case .arrayString: .string
            default: nil
            }
        }

        func accepts(kind: String) -> Bool {
            switch self {
            case .any: true
            case .arrayNumber, .arrayString: kind == "array"
            default: rawValue == kind
            }
        }
    }

    /// The accepted types of each parameter.
    var parameters: [[ParameterType]]
    /// Whether the last parameter may repeat (`merge`, `not_null`).
    var variadic = false

    /// Checks `arguments` against the signature of `function`.
    func check(_ function: String, _ arguments: [QueryArgument]) throws(QueryRuntimeError) {
        if variadic {
            if arguments.count < parameters.count {
                throw .arity(function: function, expected: parameters.count, received: arguments.count, variadic: true)
            }
        } else if arguments.count != parameters.count {
            throw .arity(function: function, expected: parameters.count, received: arguments.count, variadic: false)
        }
        for (position, argument) in arguments.enumerated() {
            let types = parameters[min(position, parameters.count - 1)]
            try checkOne(function, argument, types)
        }
    }

    private func checkOne(_ function: String, _ argument: QueryArgument, _ types: [ParameterType]) throws(QueryRuntimeError) {
        let expected = types.map(\.rawValue)
        let value: JSONValue
        switch argument {
        case .expression:
            guard types.contains(.expref) || types.contains(.any) else {
                // jmespath.py prints the Python object here; its address is of no use.
                throw .invalidType(function: function, value: "<jmespath.visitor._Expression object>", received: "expref", expected: expected)
            }
            return
        case .value(let argumentValue):
            value = argumentValue
        }
        let kind = value.kindName
        guard types.contains(where: { $0.accepts(kind: kind) }) else {
            throw .invalidType(function: function, value: PythonText.str(value), received: kind, expected: expected)
        }
        let elementTypes = types.compactMap(\.elementType)
        guard let items = value.arrayValue, !elementTypes.isEmpty else { return }
        // One element type: every element must have it. Several (max, min, sort): the first
        // element picks one, and the rest must match it.
        var required = elementTypes[0]
        if elementTypes.count > 1 {
            guard let first = items.first else { return }
            guard let chosen = elementTypes.first(where: { $0.accepts(kind: first.kindName) }) else {
                throw .invalidType(function: function, value: PythonText.str(first), received: QueryValues.pythonTypeName(first), expected: expected)
            }
            required = chosen
        }
        for item in items where !required.accepts(kind: item.kindName) {
            throw .invalidType(function: function, value: PythonText.str(item), received: QueryValues.pythonTypeName(item), expected: expected)
        }
    }
}
