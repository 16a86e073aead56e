import IAMPolicy

/// `--generate-cli-skeleton`: a JSON template of an operation's input with the AWS CLI's
/// placeholder values, ready for `--cli-input-json`.
enum Skeleton {
    /// The template for `operation`.
    static func input(for operation: OperationSpec) -> JSONValue {
        .object(JSONObject(pairs: operation.parameters.map { ($0.name, placeholder($0.shape, depth: 0)) }))
    }

    private static func placeholder(_ shape: Shape, depth: Int) -> JSONValue {
        switch shape.kind {
        case .string, .timestamp, .blob:
            return shape.enumValues.isEmpty ? "" : .string(shape.enumValues.joined(separator: "|"))
        case .integer, .long: return 0
        case .double: return 0.0
        case .boolean: return true
        case .list(let element): return depth > 4 ? [] : [placeholder(element, depth: depth + 1)]
        case .structure(let members):
            return .object(JSONObject(pairs: members.map { ($0.name, placeholder($0.shape, depth: depth + 1)) }))
        case .map(_, let value): return .object(JSONObject(pairs: [("KeyName", placeholder(value, depth: depth + 1))]))
        }
    }
}
