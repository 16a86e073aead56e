/// Writes IAMKit's typed operation inputs and their readers from the models: one struct per
/// offered operation (`OperationInput.CreateRole`) with the input shape's members as Swift
/// properties (required ones non-optional), its read-only flag, and an initializer that reads
/// the API-named parameters the CLI and `rolecall serve` produce through `ServiceParameters`,
/// required members first in model order, then the others. One file per manifest operation
/// file: `Sources/IAMKit/Generated/OperationInput+IAM1.swift`, ...
struct InputEmitter {
    /// The models by service prefix (`iam`, `sts`).
    let models: [String: ServiceModel]

    /// The generated file name of the inputs of `file`'s operations.
    static func fileName(of file: CodegenManifest.OperationFile) -> String {
        file.fileName.replacingOccurrences(of: "OperationSpec+", with: "OperationInput+")
    }

    /// Swift keywords a member name could collide with (none does today; a model update might).
    static let keywords: Set<String> = ["default", "operator", "protocol", "import", "internal", "public", "private", "static",
                                        "struct", "class", "enum", "func", "let", "var", "in", "is", "as", "self", "type"]

    /// One member as the struct holds and reads it.
    struct InputMember {
        /// The API name (`RoleName`).
        let name: String
        /// The Swift property name (`roleName`).
        let property: String
        /// The Swift type without optionality (`String`, `[Tag]`).
        let type: String
        /// The `ServiceParameters` reader (`string`, `tags`).
        let reader: String
        /// Whether the model requires it.
        let required: Bool
        /// The first sentence of its documentation.
        let summary: String
    }

    /// The generated file for `file`'s operations.
    func file(_ file: CodegenManifest.OperationFile) throws(CodegenError) -> String {
        guard let model = models[file.service] else { throw CodegenError("no model for service \(file.service)") }
        var blocks: [String] = []
        for name in file.operations { blocks.append(try inputStruct(name, model: model)) }
        return SwiftEmitter.header + "\nimport IAMPolicy\n\nextension OperationInput {\n" + blocks.joined(separator: "\n") + "}\n"
    }

    /// `OperationInput+All.swift`: every generated input type, IAM then STS, in table order.
    func listFile() -> String {
        func list(_ service: String) -> String {
            CodegenManifest.operations(of: service).map { "        \($0).self,\n" }.joined()
        }
        return SwiftEmitter.header + """

        extension OperationInput {
            /// Every generated IAM input, in table order.
            public static let iam: [any OperationInputReading.Type] = [
        \(list("iam"))    ]

            /// Every generated STS input.
            public static let sts: [any OperationInputReading.Type] = [
        \(list("sts"))    ]
        }

        """
    }

    /// The members of `operation`'s input, in model order, then rolecall's extension members.
    func members(of operation: String, model: ServiceModel) throws(CodegenError) -> [InputMember] {
        guard let input = model.inputShapeName(of: try model.operation(operation)) else { return [] }
        let shape = try model.shape(input)
        let required = Set((shape["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        var result: [InputMember] = []
        for member in shape["members"]?.objectValue ?? [:] {
            guard let target = member.value["shape"]?.stringValue else {
                throw CodegenError("\(model.service) shape \(input).\(member.key): no shape")
            }
            let (type, reader) = try swiftType(of: target, model: model, at: "\(input).\(member.key)")
            let summary = DocumentationSummary.firstSentence(of: member.value["documentation"]?.stringValue ?? "")
            result.append(InputMember(name: member.key, property: Self.property(member.key), type: type, reader: reader,
                                      required: required.contains(member.key), summary: summary))
        }
        for member in CodegenManifest.extensionMembers[operation] ?? [] {
            let (type, reader) = try swiftType(of: member.shape, model: model, at: "\(operation).\(member.name)")
            result.append(InputMember(name: member.name, property: Self.property(member.name), type: type, reader: reader,
                                      required: false, summary: member.summary))
        }
        return result
    }

    /// The Swift property name of an API member name (`RoleName` → `roleName`).
    static func property(_ name: String) -> String {
        let lowered = name.lowercasingFirst
        return keywords.contains(lowered) ? "`\(lowered)`" : lowered
    }

    /// The Swift type and `ServiceParameters` reader of a member of shape `name`.
    private func swiftType(of name: String, model: ServiceModel, at place: String) throws(CodegenError) -> (String, String) {
        let shape = try model.shape(name)
        switch shape["type"]?.stringValue ?? "" {
        case "string": return ("String", "string")
        case "integer", "long": return ("Int", "int")
        case "boolean": return ("Bool", "bool")
        case "list":
            guard let element = shape["member"]?["shape"]?.stringValue else { throw CodegenError("\(model.service) shape \(name): list without member") }
            let elementType = try model.shape(element)["type"]?.stringValue ?? ""
            if elementType == "string" { return ("[String]", "strings") }
            if elementType == "structure", let known = CodegenManifest.structureListReaders[element] {
                return ("[\(known.elementType)]", known.reader)
            }
            throw CodegenError("\(model.service) \(place): no reader for a list of \(element) (\(elementType)); "
                + "add one to ServiceParameters and CodegenManifest.structureListReaders")
        case let other:
            throw CodegenError("\(model.service) \(place): no reader for shape \(name) of type \(other)")
        }
    }

    private func inputStruct(_ operation: String, model: ServiceModel) throws(CodegenError) -> String {
        let members = try members(of: operation, model: model)
        let shapeName = model.inputShapeName(of: try model.operation(operation))
        var text = "    /// The input of \(operation)" + (shapeName.map { " (the model's `\($0)`)" } ?? " (no input in the model)") + ".\n"
        text += "    public struct \(operation): OperationInputReading {\n"
        text += "        /// The operation's API name.\n"
        text += "        public static let operationName = \"\(operation)\"\n"
        text += "        /// Whether the operation only reads the lab.\n"
        text += "        public static let isReadOnly = \(try CodegenManifest.isReadOnly(operation, in: model))\n"
        for member in members {
            let summary = member.summary.isEmpty ? "The `\(member.name)` member." : member.summary
            text += "        /// \(summary.replacingOccurrences(of: "\n", with: " "))\n"
            text += "        public var \(member.property): \(member.type)\(member.required ? "" : "?")\n"
        }
        text += "\n        /// Reads the members from API-named parameters (required ones first).\n"
        text += "        public init(_ parameters: ServiceParameters) throws(ServiceError) {\n"
        for member in members where member.required {
            let read = member.reader == "string" ? "parameters.required(\"\(member.name)\")"
                : "parameters.required(\"\(member.name)\", parameters.\(member.reader))"
            text += "            \(member.property) = try \(read)\n"
        }
        for member in members where !member.required {
            text += "            \(member.property) = try parameters.\(member.reader)(\"\(member.name)\")\n"
        }
        text += "        }\n    }\n"
        return text
    }
}
