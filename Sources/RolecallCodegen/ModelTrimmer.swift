import IAMPolicy

/// Cuts botocore's full service model down to what rolecall offers: the manifest's
/// operations, the shapes their inputs and outputs reach, their paginators, and only the fields the
/// generator reads. The result is committed under `Sources/RolecallCodegen/Models/`.
public enum ModelTrimmer {
    /// The fields of an operation the generator reads.
    static let operationFields = ["name", "input", "output", "documentation"]
    /// The fields of a shape the generator reads.
    static let shapeFields = ["type", "required", "members", "member", "key", "value", "min", "max", "pattern", "enum"]
    /// The fields of a member the generator reads.
    static let memberFields = ["shape", "documentation"]

    /// The trimmed model of `service` as JSON text (4-space indent, model order kept).
    public static func trim(service: String, model modelText: String, paginators paginatorText: String,
                            botocoreFile: String) throws(CodegenError) -> String {
        let model = try ServiceModel(json: modelText, service: service)
        let paginatorRoot: JSONValue
        do throws(JSONSyntaxError) { paginatorRoot = try JSONParser.parse(paginatorText) } catch {
            throw CodegenError("\(service) paginators: not JSON: \(error)")
        }
        let wanted = CodegenManifest.operations(of: service)
        var operations = JSONObject()
        var roots: [String] = []
        for name in wanted {
            let operation = try model.operation(name)
            operations.append(key: name, value: .object(keep(operationFields, of: operation)))
            if let input = model.inputShapeName(of: operation) { roots.append(input) }
            if let output = model.outputShapeName(of: operation) { roots.append(output) }
        }
        let needed = try model.closure(from: roots).union(roots)
        var shapes = JSONObject()
        for entry in model.shapes where needed.contains(entry.key) {
            guard let shape = entry.value.objectValue else { continue }
            var kept = keep(shapeFields, of: shape)
            if let members = shape["members"]?.objectValue {
                var trimmedMembers = JSONObject()
                for member in members {
                    trimmedMembers.append(key: member.key, value: .object(keep(memberFields, of: member.value.objectValue ?? [:])))
                }
                kept = replacing("members", with: .object(trimmedMembers), in: kept)
            }
            shapes.append(key: entry.key, value: .object(kept))
        }
        var pagination = JSONObject()
        for entry in paginatorRoot["pagination"]?.objectValue ?? [:] where wanted.contains(entry.key) {
            pagination.append(key: entry.key, value: entry.value)
        }
        var metadata = JSONObject()
        for key in ["apiVersion", "serviceFullName", "serviceId", "uid"] {
            if let value = model.root["metadata"]?[key] { metadata.append(key: key, value: value) }
        }
        let root: JSONObject = [
            "source": .object([
                "botocore": .string(CodegenManifest.botocoreVersion),
                "file": .string(botocoreFile),
                "trimmedBy": "rolecall-codegen trim: only the operations rolecall offers, the shapes their inputs and outputs reach and the fields the generator reads",
            ]),
            "metadata": .object(metadata),
            "operations": .object(operations),
            "shapes": .object(shapes),
            "pagination": .object(pagination),
        ]
        return JSONWriter.string(for: .object(root), style: .awsCLI) + "\n"
    }

    /// The access level (`Read`, `List`, `Write`, `Permissions management`, `Tagging`) of each
    /// offered operation, cut from the Service Authorization Reference's JSON
    /// (`{"services": {"iam": {"actions": {"GetRole": {"access_level": "Read"}}}}}`), as
    /// `Models/access-levels.json`: the generator's source for whether an operation is read-only.
    /// Source: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
    public static func trimAccessLevels(reference text: String, sourceName: String) throws(CodegenError) -> String {
        let reference: JSONValue
        do throws(JSONSyntaxError) { reference = try JSONParser.parse(text) } catch {
            throw CodegenError("\(sourceName): not JSON: \(error)")
        }
        var root: JSONObject = [
            "source": .string("AWS Service Authorization Reference (\(sourceName)): the access level of each operation rolecall offers"),
        ]
        for service in ["iam", "sts"] {
            var levels = JSONObject()
            for name in CodegenManifest.operations(of: service) {
                guard let level = reference["services"]?[service]?["actions"]?[name]?["access_level"]?.stringValue else {
                    throw CodegenError("\(sourceName): no access_level for \(service):\(name)")
                }
                levels.append(key: name, value: .string(level))
            }
            root.append(key: service, value: .object(levels))
        }
        return JSONWriter.string(for: .object(root), style: .awsCLI) + "\n"
    }

    private static func keep(_ fields: [String], of object: JSONObject) -> JSONObject {
        JSONObject(object.members.filter { fields.contains($0.key) })
    }

    private static func replacing(_ key: String, with value: JSONValue, in object: JSONObject) -> JSONObject {
        JSONObject(object.members.map { $0.key == key ? JSONObject.Member(key: key, value: value) : $0 })
    }
}
