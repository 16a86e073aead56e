import IAMPolicy

/// Applies the model to a parsed shorthand value as the AWS CLI's `BackCompatVisitor` does:
/// a single value where the model wants a list becomes a one-item list, and integer and
/// Boolean members are converted from their text.
enum ShorthandConformer {
    /// `value` conformed to `shape`.
    static func conform(_ value: JSONValue, to shape: Shape, flag: String) throws(CommandError) -> JSONValue {
        switch shape.kind {
        case .structure(let members):
            guard case .object(var object) = value else { return value }
            for member in members {
                guard let child = object[member.name] else { continue }
                object[member.name] = try conformMember(child, to: member.shape, flag: flag)
            }
            return .object(object)
        case .list(let element):
            guard case .array(let items) = value else { return value }
            var out: [JSONValue] = []
            for item in items { out.append(try conform(item, to: element, flag: flag)) }
            return .array(out)
        case .map(_, let valueShape):
            guard case .object(var object) = value else { return value }
            for key in object.keys {
                if let child = object[key] { object[key] = try conform(child, to: valueShape, flag: flag) }
            }
            return .object(object)
        case .integer, .long:
            guard case .string(let text) = value else { return value }
            guard let number = PythonInt.parse(text) else {
                throw .other("invalid literal for int() with base 10: \(PythonText.repr(text))")
            }
            return .number(JSONNumber(number))
        case .boolean:
            guard case .string(let text) = value else { return value }
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return value
            }
        default:
            return value
        }
    }

    private static func conformMember(_ value: JSONValue, to shape: Shape, flag: String) throws(CommandError) -> JSONValue {
        if case .list = shape.kind, value.arrayValue == nil {
            return try conform(.array([value]), to: shape, flag: flag)
        }
        return try conform(value, to: shape, flag: flag)
    }
}
