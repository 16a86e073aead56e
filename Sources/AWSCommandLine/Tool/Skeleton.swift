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

    /// `--generate-cli-skeleton output`: the response the AWS CLI stubs the call with, made
    /// from the output shape as botocore's `ArgumentGenerator(use_member_names=True)` makes it
    /// (a string is its member's name, a list's string its element shape's name, an integer 0,
    /// a Boolean true, a timestamp 1970-01-01T00:00:00, a blob None, a map `{"KeyName": …}`,
    /// a structure met again inside itself `{}`), then validated as botocore's Stubber
    /// validates it: most IAM shapes have minimum lengths a member name does not reach, and
    /// for those the AWS CLI prints `Parameter validation failed:` instead.
    /// Source: awscli/customizations/generatecliskeleton.py (StubbedCLIOperationCaller),
    /// botocore/utils.py (ArgumentGenerator), botocore/stub.py (`_validate_operation_response`).
    static func validatedOutput(for operation: OperationSpec) throws(CommandError) -> JSONValue {
        var stack: [String] = []
        let response = JSONObject(pairs: operation.output.map { ($0.name, named($0.shape, name: $0.name, stack: &stack)) })
        let problems = ParameterValidator(outputOf: operation).problems(in: response)
        if !problems.isEmpty { throw .validation(problems) }
        return .object(response)
    }

    private static func named(_ shape: Shape, name: String, stack: inout [String]) -> JSONValue {
        stack.append(shape.name)
        defer { stack.removeLast() }
        switch shape.kind {
        case .string: return .string(name)
        case .integer, .long: return 0
        case .double: return 0.0
        case .boolean: return true
        case .timestamp: return "1970-01-01T00:00:00"
        case .blob: return .null
        case .list(let element): return [named(element, name: element.name, stack: &stack)]
        case .structure(let members):
            if stack.filter({ $0 == shape.name }).count > 1 { return .object(JSONObject()) }
            return .object(JSONObject(pairs: members.map { ($0.name, named($0.shape, name: $0.name, stack: &stack)) }))
        case .map(_, let value): return .object(JSONObject(pairs: [("KeyName", named(value, name: "", stack: &stack))]))
        }
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
