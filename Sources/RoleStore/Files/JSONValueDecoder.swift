import Foundation
import IAMPolicy

/// A `Decoder` over IAMPolicy's parsed `JSONValue`. Reading a large store is dominated by
/// decoding; parsing with IAMPolicy's parser and decoding from the tree is measurably faster
/// than Foundation's `JSONDecoder` here (see rolecall-bench), and failures keep their coding
/// path so `RecordFileError` can still point at the line and column.
/// Dates are ISO 8601 (`2026-11-29T06:30:00Z`, fractional seconds accepted) as the store writes them.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    /// The container this value is in, and its key there. The path is built only when asked
    /// for (errors): an array per member would cost more than the decoding itself.
    let parent: PathNode?
    let key: (any CodingKey)?
    var codingPath: [any CodingKey] { (parent?.path ?? []) + (key.map { [$0] } ?? []) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// One step of a coding path, linked to its parent.
    final class PathNode {
        let parent: PathNode?
        let key: any CodingKey

        init(parent: PathNode?, key: any CodingKey) {
            self.parent = parent
            self.key = key
        }

        var path: [any CodingKey] {
            var keys: [any CodingKey] = []
            var current: PathNode? = self
            while let node = current {
                keys.append(node.key)
                current = node.parent
            }
            return keys.reversed()
        }
    }

    init(value: JSONValue, parent: PathNode?, key: (any CodingKey)?) {
        self.value = value
        self.parent = parent
        self.key = key
    }

    /// Decodes `type` from `value`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONValueDecoder(value: value, parent: nil, key: nil).decodeValue(type)
    }

    /// The node the members of this container hang from.
    private var node: PathNode? { key.map { PathNode(parent: parent, key: $0) } ?? parent }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case let .object(object) = value else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(KeyedContainer<Key>(object: object, node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case let .array(elements) = value else { throw mismatch([Any].self) }
        return UnkeyedContainer(elements: elements, node: node)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ type: Any.Type) -> DecodingError {
        if value.isNull {
            return .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "found null"))
        }
        return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(value.kindName)"))
    }

    /// Decodes any value here, handling the types the store encodes specially.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if type == Date.self {
            guard case let .string(text) = value, let date = ISO8601Text.date(from: text) else { throw mismatch(Date.self) }
            return try cast(date)
        }
        if type == Data.self {
            guard case let .string(text) = value, let data = Data(base64Encoded: text) else { throw mismatch(Data.self) }
            return try cast(data)
        }
        if type == URL.self {
            guard case let .string(text) = value, let url = URL(string: text) else { throw mismatch(URL.self) }
            return try cast(url)
        }
        return try T(from: self)
    }

    private func cast<T>(_ value: Any) throws -> T {
        guard let typed = value as? T else { throw mismatch(T.self) }
        return typed
    }

}

extension JSONValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case let .bool(flag) = value else { throw mismatch(type) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case let .string(text) = value else { throw mismatch(type) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double { try number(type) }
    func decode(_ type: Float.Type) throws -> Float { try number(type) }
    func decode(_ type: Int.Type) throws -> Int { try number(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try number(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try number(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try number(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try number(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try number(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try number(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try number(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try number(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try number(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    private func number<N: LosslessStringConvertible>(_ type: N.Type) throws -> N {
        guard case let .number(number) = value else { throw mismatch(type) }
        if let parsed = N(number.text) { return parsed }
        // `1.0` or `1e3` for an integer: accept when exact, as JSONDecoder does.
        if let double = Double(number.text), let exact = N(String(Int64(exactly: double).map(String.init) ?? "")) {
            return exact
        }
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath,
                                                debugDescription: "number \(number.text) does not fit \(type)"))
    }
}
