import AWSCommandLine
import IAMKit
import IAMPolicy

/// Turns the flat names of the AWS Query protocol into the API-named parameters object that
/// IAMKit's dynamic entry point takes, guided by the operation's input shapes from botocore's
/// model: `RoleName=x`, lists as `TagKeys.member.1=a`, structures in lists as
/// `Tags.member.1.Key=k&Tags.member.1.Value=v`, maps as `Name.entry.1.key`/`.value`.
/// Scalars stay text (IAMKit reads numbers and Booleans from text, as AWS does).
/// Source: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html and
/// botocore's `QuerySerializer` (the client side of the same rules).
public enum QueryParameters {
    /// The most list items one parameter may carry; AWS's own quotas are far lower, and the
    /// bound keeps a hostile request from making the server walk a huge index space.
    static let maximumListItems = 1000

    /// The parameters of `operation` found in `fields`. Names the operation does not have are
    /// ignored; a list whose items are not numbered from 1 without gaps stops at the first gap.
    public static func object(for operation: OperationSpec, from fields: [String: String]) -> JSONObject {
        // Only members some field starts with can have a value: skip the rest without building
        // the names of their list items and structure members. Each field's root (the name up
        // to its first `.`) is looked up in the operation's member index.
        let index = memberIndex(of: operation)
        var present = [Bool](repeating: false, count: operation.parameters.count)
        for var name in fields.keys {
            let root = name.withUTF8 { bytes in
                bytes.firstIndex(of: UInt8(ascii: ".")).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
            } ?? name
            if let position = index[root] { present[position] = true }
        }
        var object = JSONObject()
        for (position, member) in operation.parameters.enumerated() where present[position] {
            if let value = value(of: member.shape, at: member.name, in: fields, depth: 0) {
                object[member.name] = value
            }
        }
        return object
    }

    /// Each operation's input member positions by name, built once per operation.
    private static let memberIndexes = BoundedCache<OperationName, [String: Int]>(limit: 512)

    private struct OperationName: Hashable {
        var service: ServiceName
        var name: String
    }

    private static func memberIndex(of operation: OperationSpec) -> [String: Int] {
        memberIndexes.value(for: OperationName(service: operation.service, name: operation.name)) {
            Dictionary(operation.parameters.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private static func value(of shape: Shape, at prefix: String, in fields: [String: String], depth: Int) -> JSONValue? {
        // Shapes of IAM and STS nest at most four deep; anything deeper is not a real request.
        guard depth < 8 else { return nil }
        switch shape.kind {
        case .list(let element):
            // botocore sends `Name=` for an empty list.
            if let whole = fields[prefix], whole.isEmpty { return .array([]) }
            var items: [JSONValue] = []
            var index = 1
            while index <= maximumListItems, let item = value(of: element, at: .concatenating(prefix, ".member.", String(index)), in: fields, depth: depth + 1) {
                items.append(item)
                index += 1
            }
            return items.isEmpty ? nil : .array(items)
        case .structure(let members):
            var object = JSONObject()
            for member in members {
                if let value = value(of: member.shape, at: .concatenating(prefix, ".", member.name), in: fields, depth: depth + 1) {
                    object[member.name] = value
                }
            }
            return object.members.isEmpty ? nil : .object(object)
        case .map(_, let valueShape):
            var object = JSONObject()
            var index = 1
            while index <= maximumListItems, let key = fields[.concatenating(prefix, ".entry.", String(index), ".key")] {
                object[key] = value(of: valueShape, at: .concatenating(prefix, ".entry.", String(index), ".value"), in: fields, depth: depth + 1) ?? .null
                index += 1
            }
            return object.members.isEmpty ? nil : .object(object)
        default:
            return fields[prefix].map { .string($0) }
        }
    }
}
