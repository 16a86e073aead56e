import Foundation
import IAMPolicy

/// Writes an `Encodable` value as the store's file text, byte for byte what `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes (two-space indent, `" : "`,
/// keys in UTF-8 byte order, an empty container as `[`, a blank line, `]`), without its cost:
/// encoding a record was a quarter of a CreateRole's work on a busy server. A value holding a
/// type `JSONEncoder` treats specially (`Date`, `Data`, `URL`, `Decimal`) or a number JSON
/// cannot hold is declined with `Declined`, for the caller to encode with `JSONEncoder`.
/// `RecordTextEncoderTests` hold it to `JSONEncoder`'s output on every kind of record.
enum RecordTextEncoder {
    /// The value needs `JSONEncoder`.
    struct Declined: Error {}

    /// The text of `value`, without a final newline.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = try node(for: value)
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(root, depth: 0, into: &output)
        return output
    }

    // MARK: The tree

    /// An encoded value; containers are boxes, as an encoder hands them out and fills them later.
    enum Node {
        case string(String)
        /// A number's literal text.
        case number(String)
        case bool(Bool)
        case null
        case array(ArrayBox)
        case object(ObjectBox)
        /// What a nested encoder (`superEncoder`) writes.
        case slot(Slot)
    }

    final class ArrayBox {
        var elements: [Node] = []
    }

    final class ObjectBox {
        /// In the order encoded; a key encoded again is written with its last value, as
        /// `JSONEncoder` writes it (see `write`).
        var members: [(key: String, value: Node)] = []

        func set(_ key: String, _ value: Node) {
            members.append((key, value))
        }
    }

    final class Slot {
        var node: Node?
    }

    /// `value` as a node: primitives directly, anything else through its `encode(to:)`. (No
    /// coding path is kept: building one for every value cost as much as the encoding, and a
    /// record's `encode(to:)` never reads it.)
    static func node<T: Encodable>(for value: T) throws -> Node {
        switch value {
        case let text as String: return .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .number(String(number))
        case let number as Int64: return .number(String(number))
        case let number as UInt64: return .number(String(number))
        case let number as Int32: return .number(String(number))
        case let number as UInt32: return .number(String(number))
        case let number as UInt: return .number(String(number))
        case let number as Int16: return .number(String(number))
        case let number as UInt16: return .number(String(number))
        case let number as Int8: return .number(String(number))
        case let number as UInt8: return .number(String(number))
        case let number as Double: return try .number(text(of: number))
        case let number as Float: return try .number(text(of: number))
        case is Date, is Data, is URL, is Decimal: throw Declined()
        default:
            let encoder = TreeEncoder()
            try value.encode(to: encoder)
            return encoder.slot.node ?? .object(ObjectBox())
        }
    }

    /// A floating-point number as `JSONEncoder` writes it: its description, without `.0`.
    private static func text<F: BinaryFloatingPoint & CustomStringConvertible>(of number: F) throws -> String {
        guard number.isFinite else { throw Declined() }
        let text = number.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    // MARK: Writing

    private static func newline(_ depth: Int, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<depth {
            output.append(UInt8(ascii: " "))
            output.append(UInt8(ascii: " "))
        }
    }

    static func write(_ node: Node, depth: Int, into output: inout [UInt8]) {
        switch node {
        case .string(let text):
            JSONWriter.appendQuoted(text, to: &output)
        case .number(let text):
            output.append(contentsOf: text.utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        case .slot(let slot):
            write(slot.node ?? .object(ObjectBox()), depth: depth, into: &output)
        case .array(let box):
            output.append(UInt8(ascii: "["))
            if box.elements.isEmpty { newline(0, into: &output) }
            for (position, element) in box.elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &output)
                write(element, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            output.append(UInt8(ascii: "{"))
            if box.members.isEmpty { newline(0, into: &output) }
            // Sorted by key, then by when it was encoded, so the last of a repeated key wins.
            let members = box.members.enumerated().sorted {
                $0.element.key == $1.element.key ? $0.offset < $1.offset : $0.element.key.utf8.lexicographicallyPrecedes($1.element.key.utf8)
            }.map(\.element)
            var first = true
            for (position, member) in members.enumerated() {
                if position + 1 < members.count, members[position + 1].key == member.key { continue }
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                newline(depth + 1, into: &output)
                JSONWriter.appendQuoted(member.key, to: &output)
                output.append(contentsOf: " : ".utf8)
                write(member.value, depth: depth + 1, into: &output)
            }
            newline(depth, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }
}

// MARK: The Encoder

/// The `Encoder` a value's `encode(to:)` writes into: whatever container it asks for becomes
/// the node in `slot`.
private final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let slot: RecordTextEncoder.Slot

    init(slot: RecordTextEncoder.Slot = .init()) {
        self.slot = slot
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: RecordTextEncoder.ObjectBox
        if case .object(let existing)? = slot.node {
            box = existing
        } else {
            box = .init()
            slot.node = .object(box)
        }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: RecordTextEncoder.ArrayBox
        if case .array(let existing)? = slot.node {
            box = existing
        } else {
            box = .init()
            slot.node = .array(box)
        }
        return UnkeyedTreeContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueTreeContainer(slot: slot)
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: RecordTextEncoder.ObjectBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try RecordTextEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = RecordTextEncoder.ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = RecordTextEncoder.ArrayBox()
        box.set(key.stringValue, .array(nested))
        return UnkeyedTreeContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let slot = RecordTextEncoder.Slot()
        box.set(name, .slot(slot))
        return TreeEncoder(slot: slot)
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let box: RecordTextEncoder.ArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.elements.count }

    mutating func encodeNil() throws { box.elements.append(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.elements.append(try RecordTextEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = RecordTextEncoder.ObjectBox()
        box.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedTreeContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = RecordTextEncoder.ArrayBox()
        box.elements.append(.array(nested))
        return UnkeyedTreeContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let slot = RecordTextEncoder.Slot()
        box.elements.append(.slot(slot))
        return TreeEncoder(slot: slot)
    }
}

private struct SingleValueTreeContainer: SingleValueEncodingContainer {
    let slot: RecordTextEncoder.Slot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { slot.node = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.node = try RecordTextEncoder.node(for: value)
    }
}
