import IAMPolicy

/// Reads one JSON object of an exercise document, naming the JSON path of anything wrong.
struct DocumentReader {
    /// The object.
    let object: JSONObject
    /// Its JSON path (`$.tasks[1]`).
    let path: String

    init(_ value: JSONValue?, at path: String) throws(ExerciseError) {
        guard let object = value?.objectValue else {
            throw .invalid(path: path, problem: value == nil ? "missing (an object is required)" : "must be an object")
        }
        self.object = object
        self.path = path
    }

    func string(_ key: String) throws(ExerciseError) -> String {
        guard let text = try optionalString(key) else { throw .invalid(path: "\(path).\(key)", problem: "missing (a string is required)") }
        return text
    }

    func optionalString(_ key: String) throws(ExerciseError) -> String? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let text = value.stringValue, !text.isEmpty else { throw .invalid(path: "\(path).\(key)", problem: "must be a non-empty string") }
        return text
    }

    func bool(_ key: String, default fallback: Bool) throws(ExerciseError) -> Bool {
        guard let value = object[key], !value.isNull else { return fallback }
        guard let flag = value.boolValue else { throw .invalid(path: "\(path).\(key)", problem: "must be true or false") }
        return flag
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws(ExerciseError) -> T where T.RawValue == String {
        guard let text = try optionalString(key) else { return fallback }
        guard let value = T(rawValue: text) else {
            throw .invalid(path: "\(path).\(key)", problem: "must be one of \(T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
        }
        return value
    }

    func array(_ key: String, required: Bool = true) throws(ExerciseError) -> [(JSONValue, String)] {
        guard let value = object[key], !value.isNull else {
            if required { throw .invalid(path: "\(path).\(key)", problem: "missing (an array is required)") }
            return []
        }
        guard let items = value.arrayValue else { throw .invalid(path: "\(path).\(key)", problem: "must be an array") }
        return items.enumerated().map { ($0.element, "\(path).\(key)[\($0.offset)]") }
    }

    /// Refuses members the format does not define, so a misspelt key cannot silently weaken a check.
    func onlyKeys(_ allowed: Set<String>) throws(ExerciseError) {
        for key in object.keys where !allowed.contains(key) {
            throw .invalid(path: "\(path).\(key)", problem: "unknown member (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }
}
