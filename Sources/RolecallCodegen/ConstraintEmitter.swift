import IAMKit

/// Writes IAMKit's table of the models' input constraints (length, value range, pattern,
/// enum per shape; the shape of each input member of each operation), which IAMKit's
/// `ParameterValidator` checks: `Sources/IAMKit/Generated/ModelConstraints+Generated.swift`.
struct ConstraintEmitter {
    /// The models by service prefix (`iam`, `sts`).
    let models: [String: ServiceModel]

    /// The qualified key of a shape in the table (`iam/roleNameType`): both models have
    /// shapes of the same name (`arnType`, `tagListType`) with different rules.
    static func key(_ shape: String, service: String) -> String { "\(service)/\(shape)" }

    /// The generated file.
    func file() throws(CodegenError) -> String {
        var shapeLines: [String] = []
        var memberLines: [String] = []
        for service in ["iam", "sts"] {
            guard let model = models[service] else { throw CodegenError("no model for service \(service)") }
            var inputs: [String] = []
            for name in CodegenManifest.operations(of: service) {
                let operation = try model.operation(name)
                guard let input = model.inputShapeName(of: operation) else { continue }
                inputs.append(input)
                let members = try model.shape(input)["members"]?.objectValue ?? [:]
                var pairs: [String] = []
                for member in members {
                    guard let target = member.value["shape"]?.stringValue else {
                        throw CodegenError("\(service) shape \(input).\(member.key): no shape")
                    }
                    pairs.append("\"\(member.key.lowercasingFirst)\": \"\(Self.key(target, service: service))\"")
                }
                let list = pairs.isEmpty ? ":" : pairs.joined(separator: ", ")
                memberLines.append("        table[\"\(name)\"] = [\(list)]\n")
            }
            for name in try model.closure(from: inputs).sorted() {
                shapeLines.append("        table[\"\(Self.key(name, service: service))\"] = \(try constraint(name, model: model))\n")
            }
        }
        return SwiftEmitter.header + """

        extension ModelConstraints {
            /// Every shape the offered operations' inputs reach, by `service/name`.
            static let shapes: [String: ShapeConstraint] = {
                var table: [String: ShapeConstraint] = [:]
        \(shapeLines.joined())        return table
            }()

            /// The input members of each offered operation: wire name → shape key.
            static let inputMembers: [String: [String: String]] = {
                var table: [String: [String: String]] = [:]
        \(memberLines.joined())        return table
            }()
        }

        """
    }

    private func constraint(_ name: String, model: ServiceModel) throws(CodegenError) -> String {
        let shape = try model.shape(name)
        let type = shape["type"]?.stringValue ?? ""
        var arguments: [String]
        switch type {
        case "string": arguments = [".string"]
        case "integer", "long": arguments = [".integer"]
        case "boolean": arguments = [".boolean"]
        case "timestamp": arguments = [".timestamp"]
        case "list": arguments = [".list"]
        case "structure": arguments = [".structure"]
        case "map": arguments = [".map"]
        case "blob", "double": arguments = [".other"]
        default: throw CodegenError("\(model.service) shape \(name): unknown type \(type)")
        }
        if let minimum = shape["min"]?.numberValue?.intValue { arguments.append("min: \(minimum)") }
        if let maximum = shape["max"]?.numberValue?.intValue { arguments.append("max: \(maximum)") }
        if let pattern = shape["pattern"]?.stringValue {
            guard ModelPattern(pattern) != nil else {
                throw CodegenError("\(model.service) shape \(name): pattern \(pattern) uses a construct ModelPattern does not read")
            }
            arguments.append("pattern: \"\(pattern.swiftEscaped)\"")
        }
        if let values = shape["enum"]?.arrayValue {
            arguments.append("enumValues: [" + values.compactMap(\.stringValue).map { "\"\($0.swiftEscaped)\"" }.joined(separator: ", ") + "]")
        }
        if type == "list", let element = shape["member"]?["shape"]?.stringValue {
            arguments.append("element: \"\(Self.key(element, service: model.service))\"")
        }
        if type == "structure" {
            var pairs: [String] = []
            for member in shape["members"]?.objectValue ?? [:] {
                guard let target = member.value["shape"]?.stringValue else { continue }
                pairs.append("\"\(member.key.lowercasingFirst)\": \"\(Self.key(target, service: model.service))\"")
            }
            if !pairs.isEmpty { arguments.append("members: [\(pairs.joined(separator: ", "))]") }
        }
        return "ShapeConstraint(\(arguments.joined(separator: ", ")))"
    }
}
