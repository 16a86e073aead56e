import IAMPolicy

/// The request parameters of a dynamic call, by their API names (`RoleName`, `PolicyArn`),
/// with typed accessors that fail like AWS does: a missing required member is
/// `Value null at 'roleName' failed to satisfy constraint: Member must not be null`.
public struct ServiceParameters: Sendable {
    /// The members as given.
    public var object: JSONObject

    /// Wraps a parameters object (anything but an object counts as no parameters).
    public init(_ value: JSONValue) {
        object = value.objectValue ?? JSONObject()
    }

    /// The camelCase member name AWS's messages use (`RoleName` → `roleName`).
    static func wireName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// An optional string member (numbers and booleans are accepted as their text, as the CLI sends them).
    public func string(_ name: String) throws(ServiceError) -> String? {
        switch object[name] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        case .number(let number)?: return number.text
        case .bool(let value)?: return value ? "true" : "false"
        case let other?: throw typeError(name, other, expected: "string")
        }
    }

    /// A required string member.
    public func required(_ name: String) throws(ServiceError) -> String {
        try required(name, string)
    }

    /// A required member of any type, read by `read` (`parameters.tags`): missing or null is
    /// AWS's `Value null at 'tags' failed to satisfy constraint: Member must not be null`.
    public func required<Value>(_ name: String, _ read: (String) throws(ServiceError) -> Value?) throws(ServiceError) -> Value {
        guard let value = try read(name) else { throw Self.missing(name) }
        return value
    }

    /// The error for a required member that is missing or null.
    public static func missing(_ name: String) -> ServiceError {
        // The null check needs no model constraint, so no operation is named.
        var check = ParameterValidator(operation: "")
        check.required(nil, at: wireName(name))
        do throws(ServiceError) { try check.check() } catch { return error }
        return .validation("1 validation error detected: Value null at '\(wireName(name))' failed to satisfy constraint: Member must not be null")
    }

    /// An optional integer member.
    public func int(_ name: String) throws(ServiceError) -> Int? {
        switch object[name] {
        case nil, .null?: return nil
        case .number(let number)?:
            guard let value = number.intValue else { throw typeError(name, .number(number), expected: "integer") }
            return value
        case .string(let text)?:
            guard let value = Int(text) else { throw typeError(name, .string(text), expected: "integer") }
            return value
        case let other?: throw typeError(name, other, expected: "integer")
        }
    }

    /// An optional Boolean member.
    public func bool(_ name: String) throws(ServiceError) -> Bool? {
        switch object[name] {
        case nil, .null?: return nil
        case .bool(let value)?: return value
        case .string("true")?: return true
        case .string("false")?: return false
        case let other?: throw typeError(name, other, expected: "boolean")
        }
    }

    /// An optional list of strings.
    public func strings(_ name: String) throws(ServiceError) -> [String]? {
        switch object[name] {
        case nil, .null?: return nil
        case .array(let values)?:
            var result: [String] = []
            for value in values {
                guard case .string(let text) = value else { throw typeError(name, value, expected: "list of strings") }
                result.append(text)
            }
            return result
        case .string(let text)?: return [text]
        case let other?: throw typeError(name, other, expected: "list")
        }
    }

    /// An optional list of `{"Key": …, "Value": …}` tags.
    public func tags(_ name: String = "Tags") throws(ServiceError) -> [Tag]? {
        switch object[name] {
        case nil, .null?: return nil
        case .array(let values)?:
            var result: [Tag] = []
            for value in values {
                guard let key = value["Key"]?.stringValue else { throw typeError(name, value, expected: "list of tags") }
                result.append(Tag(key: key, value: value["Value"]?.stringValue ?? ""))
            }
            return result
        case let other?: throw typeError(name, other, expected: "list of tags")
        }
    }

    /// An optional list of `{"ContextKeyName", "ContextKeyValues", "ContextKeyType"}` entries
    /// (anything but a list counts as none).
    public func contextEntries(_ name: String = "ContextEntries") throws(ServiceError) -> [ContextEntry]? {
        guard case .array(let values)? = object[name] else { return nil }
        var entries: [ContextEntry] = []
        for value in values {
            guard let key = value["ContextKeyName"]?.stringValue else {
                throw typeError(name, value, expected: "list of context entries")
            }
            let raw = value["ContextKeyValues"]?.arrayValue ?? []
            let texts = raw.compactMap { element -> String? in
                switch element {
                case .string(let text): text
                case .number(let number): number.text
                case .bool(let flag): flag ? "true" : "false"
                default: nil
                }
            }
            entries.append(ContextEntry(key: key, values: texts, type: value["ContextKeyType"]?.stringValue ?? "string"))
        }
        return entries
    }

    /// An optional `PolicyArns` list: `{"arn": …}` structures (the API's `PolicyDescriptorType`)
    /// or plain strings, read as the ARNs (anything but a list counts as none).
    public func policyARNs(_ name: String) throws(ServiceError) -> [String]? {
        guard case .array(let values)? = object[name] else { return nil }
        return values.compactMap { $0["arn"]?.stringValue ?? $0.stringValue }
    }

    /// An optional list of structures, kept as given (members the lab does not model).
    public func structures(_ name: String) throws(ServiceError) -> [JSONObject]? {
        switch object[name] {
        case nil, .null?: return nil
        case .array(let values)?:
            var result: [JSONObject] = []
            for value in values {
                guard let structure = value.objectValue else { throw typeError(name, value, expected: "list of structures") }
                result.append(structure)
            }
            return result
        case let other?: throw typeError(name, other, expected: "list of structures")
        }
    }

    private func typeError(_ name: String, _ value: JSONValue, expected: String) -> ServiceError {
        .validation("Invalid type for parameter \(name), value: \(JSONWriter.string(for: value, style: .compact)), type: \(value.kindName), valid types: \(expected)")
    }
}

/// One `ContextEntries` member of the Simulate* operations.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ContextEntry.html
public struct ContextEntry: Sendable, Hashable {
    /// The key (`aws:MultiFactorAuthPresent`).
    public var key: String
    /// Its values.
    public var values: [String]
    /// `string`, `stringList`, `numeric`, `boolean`, `date`, `ip`, `binary`, ... (and `…List`).
    public var type: String

    /// Creates an entry.
    public init(key: String, values: [String], type: String = "string") {
        self.key = key
        self.values = values
        self.type = type
    }
}
