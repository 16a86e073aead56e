/// Writes the Swift text of the operation table and the shape catalog from the models.
struct SwiftEmitter {
    /// The models by service prefix (`iam`, `sts`).
    let models: [String: ServiceModel]

    static let header = """
    // Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
    // script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

    """

    /// The model of `service`, or an error.
    func model(_ service: String) throws(CodegenError) -> ServiceModel {
        guard let model = models[service] else { throw CodegenError("no model for service \(service)") }
        return model
    }

    /// The Swift name of a catalog shape: IAM's names as they are, STS's prefixed with `sts`
    /// (both models have `arnType`, `tagListType`, ...).
    static func swiftShapeName(_ name: String, service: String) -> String {
        service == "iam" ? name.lowercasingFirst : service + name.uppercasingFirst
    }

    /// One operation file.
    func operationFile(_ file: CodegenManifest.OperationFile) throws(CodegenError) -> String {
        let model = try model(file.service)
        var blocks: [String] = []
        for name in file.operations { blocks.append(try operationSpec(name, model: model)) }
        return Self.header + "\nextension OperationSpec {\n" + blocks.joined(separator: "\n") + "}\n"
    }

    private func operationSpec(_ name: String, model: ServiceModel) throws(CodegenError) -> String {
        let operation = try model.operation(name)
        var text = "    static let \(name.lowercasingFirst) = OperationSpec(\n"
        text += "        service: .\(model.service), name: \"\(name)\", cliName: \"\(CLIName.of(name))\",\n"
        let summary = DocumentationSummary.firstSentence(of: operation["documentation"]?.stringValue ?? "")
        text += "        summary: \"\(summary.swiftEscaped)\",\n"
        if let input = model.inputShapeName(of: operation) {
            text += "        parameters: [\n"
            for line in try memberLines(of: input, model: model) { text += "            " + line + "\n" }
            for member in CodegenManifest.extensionMembers[name] ?? [] {
                let shape = Self.swiftShapeName(member.shape, service: model.service)
                text += "            Member(\"\(member.name)\", \"\(CLIName.of(member.name))\", ShapeCatalog.\(shape), \"\(member.summary.swiftEscaped)\"),\n"
            }
            text += "        ],\n"
        } else {
            text += "        parameters: [],\n"
        }
        text += "        pagination: \(try pagination(of: name, model: model))\n"
        text += "    )\n"
        return text
    }

    private func pagination(of name: String, model: ServiceModel) throws(CodegenError) -> String {
        guard let paginator = model.paginators[name]?.objectValue else { return "nil" }
        func field(_ key: String) throws(CodegenError) -> String {
            guard let value = paginator[key]?.stringValue else { throw CodegenError("\(model.service) paginator \(name): no \(key)") }
            return value
        }
        let resultKeys: [String]
        switch paginator["result_key"] {
        case .string(let key)?: resultKeys = [key]
        case .array(let keys)?: resultKeys = keys.compactMap(\.stringValue)
        default: throw CodegenError("\(model.service) paginator \(name): no result_key")
        }
        let keys = resultKeys.map { "\"\($0)\"" }.joined(separator: ", ")
        return "Pagination(inputToken: \"\(try field("input_token"))\", outputToken: \"\(try field("output_token"))\", "
            + "moreResults: \"\(try field("more_results"))\", limitKey: \"\(try field("limit_key"))\", resultKeys: [\(keys)])"
    }

    /// `Member(...)` lines of a structure shape, in model order.
    func memberLines(of structure: String, model: ServiceModel) throws(CodegenError) -> [String] {
        let shape = try model.shape(structure)
        let required = Set((shape["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        var lines: [String] = []
        for member in shape["members"]?.objectValue ?? [:] {
            guard let target = member.value["shape"]?.stringValue else {
                throw CodegenError("\(model.service) shape \(structure).\(member.key): no shape")
            }
            let summary = DocumentationSummary.firstSentence(of: member.value["documentation"]?.stringValue ?? "")
            let requiredText = required.contains(member.key) ? "required: true, " : ""
            lines.append("Member(\"\(member.key)\", \"\(CLIName.of(member.key))\", ShapeCatalog.\(Self.swiftShapeName(target, service: model.service)), "
                + "\(requiredText)\"\(summary.swiftEscaped)\"),")
        }
        return lines
    }

    /// The shape catalog: every shape the offered operations' inputs reach, sorted by Swift name.
    func shapeCatalog() throws(CodegenError) -> String {
        var declarations: [(String, String)] = []
        for service in ["iam", "sts"] {
            let model = try model(service)
            var inputs: [String] = []
            for name in CodegenManifest.operations(of: service) {
                if let input = model.inputShapeName(of: try model.operation(name)) { inputs.append(input) }
            }
            for name in try model.closure(from: inputs) {
                let swiftName = Self.swiftShapeName(name, service: service)
                declarations.append((swiftName, try shapeDeclaration(name, swiftName: swiftName, model: model)))
            }
        }
        let body = declarations.sorted { $0.0 < $1.0 }.map(\.1).joined()
        return Self.header + "\nextension ShapeCatalog {\n" + body + "}\n"
    }

    private func shapeDeclaration(_ name: String, swiftName: String, model: ServiceModel) throws(CodegenError) -> String {
        let shape = try model.shape(name)
        let type = shape["type"]?.stringValue ?? ""
        var kind: String
        switch type {
        case "string", "integer", "long", "double", "boolean", "timestamp", "blob": kind = "." + type
        case "list":
            guard let member = shape["member"]?["shape"]?.stringValue else { throw CodegenError("\(model.service) shape \(name): list without member") }
            kind = ".list(ShapeCatalog.\(Self.swiftShapeName(member, service: model.service)))"
        case "structure":
            let lines = try memberLines(of: name, model: model).map { "        " + $0 + "\n" }.joined()
            kind = ".structure([\n" + lines + "    ])"
        case "map":
            guard let key = shape["key"]?["shape"]?.stringValue, let value = shape["value"]?["shape"]?.stringValue else {
                throw CodegenError("\(model.service) shape \(name): map without key or value")
            }
            kind = ".map(key: ShapeCatalog.\(Self.swiftShapeName(key, service: model.service)), value: ShapeCatalog.\(Self.swiftShapeName(value, service: model.service)))"
        default: throw CodegenError("\(model.service) shape \(name): unknown type \(type)")
        }
        if let minimum = shape["min"]?.numberValue?.intValue { kind += ", min: \(minimum)" }
        if let maximum = shape["max"]?.numberValue?.intValue { kind += ", max: \(maximum)" }
        if let values = shape["enum"]?.arrayValue {
            kind += ", enumValues: [" + values.compactMap(\.stringValue).map { "\"\($0.swiftEscaped)\"" }.joined(separator: ", ") + "]"
        }
        return "    static let \(swiftName) = Shape(\"\(name)\", \(kind))\n"
    }

    /// The table of every operation, IAM then STS.
    func operationTable() -> String {
        func list(_ service: String) -> String {
            CodegenManifest.operations(of: service).map { "        .\($0.lowercasingFirst),\n" }.joined()
        }
        return Self.header + """

        extension OperationTable {
            /// Every IAM operation rolecall offers, in the order of the domain's issue list.
            static let iamOperations: [OperationSpec] = [
        \(list("iam"))    ]

            /// Every STS operation rolecall offers.
            static let stsOperations: [OperationSpec] = [
        \(list("sts"))    ]
        }

        """
    }
}
