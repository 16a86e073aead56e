import IAMPolicy

/// botocore's client-side parameter validation, with its wording: required members, unknown
/// members, types, and the model's minimum length or value. Like botocore it checks no
/// maximum, pattern or enum: the service does, with its own `ValidationError`.
struct ParameterValidator {
    /// The members of the structure validated: an operation's input, or its output (botocore's
    /// Stubber validates a stubbed response the same way, which `--generate-cli-skeleton output` meets).
    let members: [Member]

    /// Validates the input of `operation`.
    init(operation: OperationSpec) {
        members = operation.parameters
    }

    /// Validates a response of `operation` (the stubbed one of `--generate-cli-skeleton output`).
    init(outputOf operation: OperationSpec) {
        members = operation.output
    }

    /// Every problem with `parameters`, in botocore's order; empty when they are valid.
    func problems(in parameters: JSONObject) -> [String] {
        var problems: [String] = []
        validateStructure(.object(parameters), members: members, name: "input", into: &problems)
        return problems
    }

    private func validate(_ value: JSONValue, shape: Shape, name: String, into problems: inout [String]) {
        switch shape.kind {
        case .structure(let members):
            guard case .object = value else { return typeProblem(value, name, ["<class 'dict'>"], &problems) }
            validateStructure(value, members: members, name: name, into: &problems)
        case .list(let element):
            guard case .array(let items) = value else {
                return typeProblem(value, name, ["<class 'list'>", "<class 'tuple'>"], &problems)
            }
            checkMinimum(items.count, shape: shape, name: name, kind: "length", into: &problems)
            for (index, item) in items.enumerated() {
                validate(item, shape: element, name: "\(name)[\(index)]", into: &problems)
            }
        case .map(let keyShape, let valueShape):
            guard case .object(let object) = value else { return typeProblem(value, name, ["<class 'dict'>"], &problems) }
            for member in object.members {
                validate(.string(member.key), shape: keyShape, name: "\(name) (key: \(member.key))", into: &problems)
                validate(member.value, shape: valueShape, name: "\(name).\(member.key)", into: &problems)
            }
        case .string:
            guard case .string(let text) = value else { return typeProblem(value, name, ["<class 'str'>"], &problems) }
            checkMinimum(text.unicodeScalars.count, shape: shape, name: name, kind: "length", into: &problems)
        case .integer, .long:
            guard case .number(let number) = value, let integer = number.intValue else {
                return typeProblem(value, name, ["<class 'int'>"], &problems)
            }
            checkMinimum(integer, shape: shape, name: name, kind: "value", into: &problems)
        case .double:
            guard case .number = value else {
                return typeProblem(value, name, ["<class 'float'>", "<class 'decimal.Decimal'>", "<class 'int'>"], &problems)
            }
        case .boolean:
            guard case .bool = value else { return typeProblem(value, name, ["<class 'bool'>"], &problems) }
        case .timestamp:
            guard case .string = value else {
                return typeProblem(value, name, ["<class 'datetime.datetime'>", "timestamp-string"], &problems)
            }
        case .blob:
            guard case .string = value else {
                return typeProblem(value, name, ["<class 'bytes'>", "<class 'bytearray'>", "file-like object"], &problems)
            }
        }
    }

    private func validateStructure(_ value: JSONValue, members: [Member], name: String, into problems: inout [String]) {
        guard case .object(let object) = value else { return }
        for member in members where member.isRequired && object[member.name] == nil {
            problems.append("Missing required parameter in \(display(name)): \"\(member.name)\"")
        }
        let known = Set(members.map(\.name))
        for key in object.keys where !known.contains(key) {
            problems.append("Unknown parameter in \(display(name)): \"\(key)\", must be one of: "
                + members.map(\.name).joined(separator: ", "))
        }
        for member in members {
            guard let child = object[member.name] else { continue }
            validate(child, shape: member.shape, name: "\(name).\(member.name)", into: &problems)
        }
    }

    private func checkMinimum(_ measured: Int, shape: Shape, name: String, kind: String, into problems: inout [String]) {
        guard let minimum = shape.minimum, measured < minimum else { return }
        let label = kind == "length" ? "Invalid length" : "Invalid value"
        problems.append("\(label) for parameter \(display(name)), value: \(measured), valid min \(kind): \(minimum)")
    }

    private func typeProblem(_ value: JSONValue, _ name: String, _ valid: [String], _ problems: inout [String]) {
        problems.append("Invalid type for parameter \(display(name)), value: \(PythonText.str(value)), type: "
            + "\(PythonText.typeName(value)), valid types: \(valid.joined(separator: ", "))")
    }

    /// botocore drops the leading `input.` from parameter names in its report.
    private func display(_ name: String) -> String {
        name.hasPrefix("input.") ? String(name.dropFirst(6)) : name
    }
}
