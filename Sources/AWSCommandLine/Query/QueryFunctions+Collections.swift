import IAMPolicy

/// The built-ins over strings, arrays and objects.
extension QueryFunctions {
    /// `length`: code points of a string, elements of an array, members of an object.
    static func length(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): QueryNumbers.integer(text.unicodeScalars.count)
        case .array(let items): QueryNumbers.integer(items.count)
        case .object(let object): QueryNumbers.integer(Set(object.keys).count)
        default: .null
        }
    }

    /// `reverse` of a string (by code point) or an array.
    static func reverse(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text.unicodeScalars.reversed())
            return .string(String(view))
        case .array(let items): return .array(items.reversed())
        default: return .null
        }
    }

    /// `contains`: an equal element of an array, or a substring of a string.
    static func contains(_ subject: JSONValue, _ search: JSONValue) throws(QueryRuntimeError) -> JSONValue {
        if let items = subject.arrayValue {
            return .bool(items.contains { QueryValues.equal($0, search) })
        }
        guard let needle = search.stringValue else {
            // Python's `in` on a string refuses anything but a string.
            throw QueryRuntimeError("'in <string>' requires string as left operand, not \(QueryValues.pythonTypeName(search))")
        }
        let haystack = scalars(subject), wanted = Array(needle.unicodeScalars)
        if wanted.isEmpty { return .bool(true) }
        guard haystack.count >= wanted.count else { return .bool(false) }
        return .bool((0...(haystack.count - wanted.count)).contains { haystack[$0..<($0 + wanted.count)].elementsEqual(wanted) })
    }

    /// `merge`: later objects' members replace earlier ones, keeping the first position.
    static func merge(_ values: [JSONValue]) -> JSONValue {
        var merged = JSONObject()
        for value in values {
            for member in value.objectValue ?? JSONObject() { merged[member.key] = member.value }
        }
        return .object(merged)
    }

    /// A stable sort by `order` (negative: first goes before second), as Python's `sorted`.
    static func stableSorted(_ items: [JSONValue], by order: (JSONValue, JSONValue) -> Int) -> [JSONValue] {
        items.enumerated().sorted { left, right in
            let result = order(left.element, right.element)
            return result != 0 ? result < 0 : left.offset < right.offset
        }.map(\.element)
    }

    /// `sort_by`: every key must be a number, or every key a string, as the first one is.
    func sortBy(_ items: [JSONValue], _ reference: QueryNode) throws(QueryRuntimeError) -> JSONValue {
        guard let first = items.first else { return .array(items) }
        let firstKey = try interpreter.evaluate(reference, first)
        let required = firstKey.kindName
        guard required == "number" || required == "string" else {
            throw .invalidType(function: "sort_by", value: PythonText.str(first), received: required, expected: ["string", "number"])
        }
        var keyed: [(key: JSONValue, item: JSONValue)] = []
        for item in items {
            let key = try interpreter.evaluate(reference, item)
            let kind = key.kindName
            guard kind == required else {
                throw .invalidType(function: "sort_by", value: PythonText.str(key), received: kind, expected: [required])
            }
            keyed.append((key, item))
        }
        let order = keyed.enumerated().sorted { left, right in
            let result = QueryValues.order(left.element.key, right.element.key) ?? 0
            return result != 0 ? result < 0 : left.offset < right.offset
        }
        return .array(order.map(\.element.item))
    }

    /// `max_by`, `min_by`: the first element with the greatest (least) key; null if empty.
    func extremeBy(_ items: [JSONValue], _ reference: QueryNode, function: String, largest: Bool) throws(QueryRuntimeError) -> JSONValue {
        var best: (key: JSONValue, item: JSONValue)?
        for item in items {
            let key = try interpreter.evaluate(reference, item)
            let kind = key.kindName
            guard kind == "number" || kind == "string" else {
                throw .invalidType(function: function, value: PythonText.str(key), received: kind, expected: ["number", "string"])
            }
            guard let current = best else { best = (key, item); continue }
            guard let order = QueryValues.order(key, current.key) else {
                let symbol = largest ? ">" : "<"
                throw QueryRuntimeError("'\(symbol)' not supported between instances of '\(QueryValues.pythonTypeName(key))' and '\(QueryValues.pythonTypeName(current.key))'")
            }
            if largest ? order > 0 : order < 0 { best = (key, item) }
        }
        return best?.item ?? .null
    }
}
