import IAMPolicy

/// One AWS service model as botocore ships it (`service-2.json` plus `paginators-1.json`),
/// or the trimmed copy rolecall commits under `Sources/RolecallCodegen/Models/`.
public struct ServiceModel: Sendable {
    /// The model's JSON, key order kept (input members are emitted in model order).
    public let root: JSONObject
    /// The service prefix (`iam`, `sts`), the name the Swift tables use.
    public let service: String
    /// The access level of each offered operation (`GetRole` → `Read`), from the Service
    /// Authorization Reference (`Models/access-levels.json`); empty until loaded.
    public var accessLevels: [String: String] = [:]

    /// Reads a model from its JSON text; `service` names it in errors.
    public init(json text: String, service: String) throws(CodegenError) {
        let value: JSONValue
        do throws(JSONSyntaxError) {
            value = try JSONParser.parse(text)
        } catch {
            throw CodegenError("\(service) model: not JSON: \(error)")
        }
        guard let object = value.objectValue else { throw CodegenError("\(service) model: the top level is not an object") }
        self.root = object
        self.service = service
    }

    /// The `operations` object.
    public var operations: JSONObject { root["operations"]?.objectValue ?? [:] }
    /// The `shapes` object.
    public var shapes: JSONObject { root["shapes"]?.objectValue ?? [:] }
    /// The `pagination` object (botocore's paginators-1.json, kept beside the model).
    public var paginators: JSONObject { root["pagination"]?.objectValue ?? [:] }

    /// The operation named `name`, or an error naming the model.
    public func operation(_ name: String) throws(CodegenError) -> JSONObject {
        guard let operation = operations[name]?.objectValue else {
            throw CodegenError("\(service) model: no operation \(name) (add it with `rolecall-codegen trim`)")
        }
        return operation
    }

    /// The shape named `name`, or an error naming the model.
    public func shape(_ name: String) throws(CodegenError) -> JSONObject {
        guard let shape = shapes[name]?.objectValue else { throw CodegenError("\(service) model: no shape \(name)") }
        return shape
    }

    /// The input shape's name of `operation`, if it takes input.
    public func inputShapeName(of operation: JSONObject) -> String? {
        operation["input"]?["shape"]?.stringValue
    }

    /// The output shape's name of `operation`, if it returns anything.
    public func outputShapeName(of operation: JSONObject) -> String? {
        operation["output"]?["shape"]?.stringValue
    }

    /// The names of every shape the shape `name` refers to (members, list members, map
    /// keys and values), not including `name` itself.
    public func referencedShapes(of name: String) throws(CodegenError) -> [String] {
        let shape = try self.shape(name)
        var names: [String] = []
        for key in ["member", "key", "value"] {
            if let target = shape[key]?["shape"]?.stringValue { names.append(target) }
        }
        for member in shape["members"]?.objectValue ?? [:] {
            if let target = member.value["shape"]?.stringValue { names.append(target) }
        }
        return names
    }

    /// Every shape reachable from `roots`, excluding the roots themselves unless another
    /// shape reaches them.
    public func closure(from roots: [String]) throws(CodegenError) -> Set<String> {
        var seen: Set<String> = []
        var pending: [String] = []
        for root in roots { pending.append(contentsOf: try referencedShapes(of: root)) }
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            pending.append(contentsOf: try referencedShapes(of: next))
        }
        return seen
    }
}

/// A failure of the generator, with what and where.
public struct CodegenError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public let description: String

    /// Creates an error with `description`.
    public init(_ description: String) { self.description = description }
}
