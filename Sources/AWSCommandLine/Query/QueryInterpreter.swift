import IAMPolicy

/// Evaluates a JMESPath syntax tree against a JSON value
/// (https://jmespath.org/specification.html). Projections drop the null results of their
/// right side; a projection applied to something that is not an array (or object, for `*`)
/// is null; a pipe ends a projection because the parser stops the projection's right side
/// at `|`.
struct QueryInterpreter {
    /// The value of `node` evaluated on `value`.
    func evaluate(_ node: QueryNode, _ value: JSONValue) throws(QueryRuntimeError) -> JSONValue {
        switch node {
        case .current:
            return value
        case .field(let name):
            return value.objectValue?[name] ?? .null
        case .subexpression(let left, let right):
            return try evaluate(right, evaluate(left, value))
        case .index(let position):
            guard let items = value.arrayValue else { return .null }
            let resolved = position < 0 ? items.count + position : position
            return items.indices.contains(resolved) ? items[resolved] : .null
        case .slice(let start, let stop, let step):
            guard let items = value.arrayValue else { return .null }
            return .array(try QuerySlice(start: start, stop: stop, step: step).apply(to: items))
        case .listProjection(let left, let right):
            guard let items = try evaluate(left, value).arrayValue else { return .null }
            return try project(items, right)
        case .objectProjection(let left, let right):
            guard let object = try evaluate(left, value).objectValue else { return .null }
            return try project(object.members.map(\.value), right)
        case .filterProjection(let left, let right, let condition):
            guard let items = try evaluate(left, value).arrayValue else { return .null }
            var kept: [JSONValue] = []
            for item in items where QueryValues.isTruthy(try evaluate(condition, item)) { kept.append(item) }
            return try project(kept, right)
        case .flatten(let inner):
            guard let items = try evaluate(inner, value).arrayValue else { return .null }
            return .array(items.flatMap { $0.arrayValue ?? [$0] })
        case .comparison(let comparator, let left, let right):
            return try compare(comparator, evaluate(left, value), evaluate(right, value))
        case .or(let left, let right):
            let first = try evaluate(left, value)
            return QueryValues.isTruthy(first) ? first : try evaluate(right, value)
        case .and(let left, let right):
            let first = try evaluate(left, value)
            return QueryValues.isTruthy(first) ? try evaluate(right, value) : first
        case .not(let inner):
            return .bool(!QueryValues.isTruthy(try evaluate(inner, value)))
        case .literal(let literal):
            return literal
        case .multiSelectList(let elements):
            if value.isNull { return .null }
            var results: [JSONValue] = []
            for element in elements { results.append(try evaluate(element, value)) }
            return .array(results)
        case .multiSelectHash(let pairs):
            if value.isNull { return .null }
            var object = JSONObject()
            for pair in pairs { object[pair.key] = try evaluate(pair.value, value) }
            return .object(object)
        case .pipe(let left, let right):
            return try evaluate(right, evaluate(left, value))
        case .function(let name, let arguments):
            var values: [QueryArgument] = []
            for argument in arguments {
                if case .expressionReference(let reference) = argument {
                    values.append(.expression(reference))
                } else {
                    values.append(.value(try evaluate(argument, value)))
                }
            }
            return try QueryFunctions(interpreter: self).call(name, values)
        case .expressionReference:
            // Only a function argument can use an expression reference; elsewhere it has no
            // JSON value (jmespath.py would fail to print it), so it reads as null.
            return .null
        }
    }

    private func project(_ items: [JSONValue], _ right: QueryNode) throws(QueryRuntimeError) -> JSONValue {
        var results: [JSONValue] = []
        for item in items {
            let result = try evaluate(right, item)
            if !result.isNull { results.append(result) }
        }
        return .array(results)
    }

    /// `==`/`!=` compare any values; ordering compares numbers (and, as jmespath.py does,
    /// strings) and is null for other types.
    private func compare(_ comparator: QueryComparator, _ left: JSONValue, _ right: JSONValue) throws(QueryRuntimeError) -> JSONValue {
        switch comparator {
        case .equal: return .bool(QueryValues.equal(left, right))
        case .notEqual: return .bool(!QueryValues.equal(left, right))
        default: break
        }
        guard Self.isOrderable(left), Self.isOrderable(right) else { return .null }
        guard let order = QueryValues.order(left, right) else {
            // Python refuses to order a number against a string.
            throw QueryRuntimeError("'\(comparator.rawValue)' not supported between instances of "
                + "'\(QueryValues.pythonTypeName(left))' and '\(QueryValues.pythonTypeName(right))'")
        }
        switch comparator {
        case .less: return .bool(order < 0)
        case .lessOrEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }

    private static func isOrderable(_ value: JSONValue) -> Bool {
        switch value {
        case .number, .string: true
        default: false
        }
    }
}

/// A function argument: a value, or an expression reference (`&expr`) to evaluate later.
enum QueryArgument: Sendable {
    /// An evaluated value.
    case value(JSONValue)
    /// `&expr`.
    case expression(QueryNode)
}
