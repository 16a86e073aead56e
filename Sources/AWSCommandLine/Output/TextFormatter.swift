import IAMPolicy

/// `--output text`, laid out as the AWS CLI's text formatter does
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html#text-output):
/// scalars of an object on one tab-separated line in sorted key order, nested lists and
/// objects on lines of their own headed by the upper-cased key.
enum TextFormatter {
    /// The text for `value`.
    static func format(_ value: JSONValue) -> String {
        var out = ""
        write(value, identifier: nil, scalarKeys: nil, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        switch value {
        case .object(let object):
            writeObject(object, identifier: identifier, scalarKeys: scalarKeys, into: &out)
        case .array(let items):
            writeList(items, identifier: identifier, into: &out)
        default:
            out += PythonText.str(value) + "\n"
        }
    }

    private static func writeList(_ items: [JSONValue], identifier: String?, into out: inout String) {
        guard !items.isEmpty else { return }
        if items.contains(where: { $0.objectValue != nil }) {
            let keys = allScalarKeys(items)
            for item in items { write(item, identifier: identifier, scalarKeys: keys, into: &out) }
        } else if items.contains(where: { $0.arrayValue != nil }) {
            let scalars = items.filter(isScalar)
            if !scalars.isEmpty { writeScalars(scalars, identifier: identifier, into: &out) }
            for item in items where !isScalar(item) { write(item, identifier: identifier, scalarKeys: nil, into: &out) }
        } else {
            writeScalars(items, identifier: identifier, into: &out)
        }
    }

    private static func writeScalars(_ items: [JSONValue], identifier: String?, into out: inout String) {
        if let identifier {
            for item in items { out += identifier.uppercased() + "\t" + PythonText.str(item) + "\n" }
        } else {
            out += items.map(PythonText.str).joined(separator: "\t") + "\n"
        }
    }

    private static func writeObject(_ object: JSONObject, identifier: String?, scalarKeys: [String]?, into out: inout String) {
        var scalars: [String] = []
        var nested: [(String, JSONValue)] = []
        if let scalarKeys {
            scalars = scalarKeys.map { key in object[key].map(PythonText.str) ?? "" }
            let remaining = Set(object.keys).subtracting(scalarKeys).sorted()
            nested = remaining.compactMap { key in object[key].map { (key, $0) } }
        } else {
            for key in Set(object.keys).sorted() {
                guard let value = object[key] else { continue }
                if isScalar(value) { scalars.append(PythonText.str(value)) } else { nested.append((key, value)) }
            }
        }
        if !scalars.isEmpty {
            if let identifier { scalars.insert(identifier.uppercased(), at: 0) }
            out += scalars.joined(separator: "\t") + "\n"
        }
        for (key, value) in nested { write(value, identifier: key, scalarKeys: nil, into: &out) }
    }

    private static func allScalarKeys(_ items: [JSONValue]) -> [String] {
        var keys = Set<String>()
        for item in items {
            guard let object = item.objectValue else { continue }
            for member in object.members where isScalar(member.value) { keys.insert(member.key) }
        }
        return keys.sorted()
    }

    static func isScalar(_ value: JSONValue) -> Bool {
        value.arrayValue == nil && value.objectValue == nil
    }
}
