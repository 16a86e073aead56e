import IAMPolicy

/// `--generate-cli-skeleton`: a JSON template of an operation's input with the AWS CLI's
/// placeholder values, ready for `--cli-input-json`.
enum Skeleton {
    /// The template for `operation`.
    static func input(for operation: OperationSpec) -> JSONValue {
        .object(JSONObject(pairs: operation.parameters.map { ($0.name, placeholder($0.shape, depth: 0)) }))
    }

    /// `--generate-cli-skeleton yaml-input`: the same template as YAML for `--cli-input-yaml`,
    /// each top-level member followed by a comment that says whether it is required and what it is.
    static func yamlInput(for operation: OperationSpec) -> String {
        var out = ""
        for member in operation.parameters {
            let value = placeholder(member.shape, depth: 0)
            let comment = " # " + (member.isRequired ? "[REQUIRED] " : "") + member.summary
            let single = YAMLFormatter.document(.object(JSONObject(pairs: [(member.name, value)])))
            var lines = single.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            if !lines.isEmpty { lines[0] += comment }
            out += lines.joined(separator: "\n") + "\n"
        }
        return out
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
