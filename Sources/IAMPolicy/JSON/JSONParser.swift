/// A strict RFC 8259 JSON parser working on UTF-8 bytes, optionally recording where every
/// node sits (line:column span and JSON path) for located error messages.
public enum JSONParser {
    /// The deepest array/object nesting accepted; deeper input is an error, never a crash.
    public static let maximumDepth = 512

    /// Parses `text` as one JSON value.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try run(text, recordLocations: false).value
    }

    /// Parses `text` and also returns the location of every node.
    public static func parseWithLocations(_ text: String) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocationMap) {
        let result = try run(text, recordLocations: true)
        return (result.value, result.locations ?? JSONLocationMap(lines: LineTable(text), records: []))
    }

    private static func run(_ text: String, recordLocations: Bool) throws(JSONSyntaxError) -> (value: JSONValue, locations: JSONLocationMap?) {
        var text = text
        let result: Result<(JSONValue, JSONLocationMap?), JSONSyntaxError> = text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes, recordLocations: recordLocations)
            do throws(JSONSyntaxError) {
                let value = try reader.parseDocument()
                return .success((value, reader.locationMap()))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The parsing state over one buffer; lives only inside `withUTF8`.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var path: [JSONPath.Component] = []
    let recordLocations: Bool
    /// Location records in document order; the current parent's record index.
    var records: [JSONLocationMap.Record] = []
    var parentRecord: Int32 = -1
    /// The key (and its byte range) of the member whose value is parsed next.
    var pendingKey: (key: String, start: Int, end: Int)?
    var scratch: [UInt8] = []
    /// Members and elements of the objects and arrays being parsed, innermost last: each
    /// container is collected here and copied out once at its exact size, instead of growing
    /// its own array 1, 2, 4, 8… (most of the parser's allocations before).
    var memberStack: [JSONObject.Member] = []
    var elementStack: [JSONValue] = []

    init(bytes: UnsafeBufferPointer<UInt8>, recordLocations: Bool) {
        self.bytes = bytes
        self.recordLocations = recordLocations
        // About one node per 10 bytes in policies: reserving avoids regrowing (and re-copying
        // every record's key) several times per document.
        if recordLocations { records.reserveCapacity(bytes.count / 8 + 4) }
    }

    func locationMap() -> JSONLocationMap? {
        guard recordLocations else { return nil }
        return JSONLocationMap(lines: LineTable(bytes: bytes), records: records)
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error(.emptyDocument) }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error(.trailingContent(found: describeCharacter(at: index)))
        }
        return value
    }

    // MARK: Values

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "a value")) }
        let start = index
        var record: Int32 = -1
        if recordLocations { record = openRecord(start: start) }
        let savedParent = parentRecord
        parentRecord = record
        defer { parentRecord = savedParent }
        let value: JSONValue
        switch bytes[index] {
        case UInt8(ascii: "{"):
            value = .object(try parseObject(depth: depth + 1))
        case UInt8(ascii: "["):
            value = .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "\""):
            value = .string(try parseString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            value = .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            value = .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            value = .number(try parseNumber())
        default:
            throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "a value"))
        }
        if recordLocations { records[Int(record)].end = Int32(index) }
        return value
    }

    /// Adds a record for the value starting at `start` and links it under the current parent.
    mutating func openRecord(start: Int) -> Int32 {
        let new = Int32(records.count)
        let key = pendingKey
        pendingKey = nil
        records.append(JSONLocationMap.Record(
            start: Int32(start), end: Int32(start), keyStart: Int32(key?.start ?? start), keyEnd: Int32(key?.end ?? start),
            firstChild: -1, lastChild: -1, nextSibling: -1, key: key?.key, parent: max(parentRecord, 0)))
        if parentRecord >= 0 {
            let parent = Int(parentRecord)
            if records[parent].lastChild >= 0 {
                records[Int(records[parent].lastChild)].nextSibling = new
            } else {
                records[parent].firstChild = new
            }
            records[parent].lastChild = new
        }
        return new
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONObject {
        guard depth <= JSONParser.maximumDepth else { throw error(.nestingTooDeep(limit: JSONParser.maximumDepth)) }
        index += 1  // {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONObject([])
        }
        let base = memberStack.count
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "a string key or '}'")) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "a string key"))
            }
            let keyStart = index
            let key = try parseString()
            path.append(.key(key))
            if recordLocations { pendingKey = (key, keyStart, index) }
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "':'")) }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "':' after the key"))
            }
            index += 1
            let value = try parseValue(depth: depth)
            path.removeLast()
            memberStack.append(JSONObject.Member(key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "',' or '}'")) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                let members = Array(memberStack[base...])
                memberStack.removeSubrange(base...)
                return JSONObject(members)
            default:
                throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "',' or '}'"))
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
        guard depth <= JSONParser.maximumDepth else { throw error(.nestingTooDeep(limit: JSONParser.maximumDepth)) }
        index += 1  // [
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return []
        }
        let base = elementStack.count
        while true {
            path.append(.index(elementStack.count - base))
            let value = try parseValue(depth: depth)
            path.removeLast()
            elementStack.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "',' or ']'")) }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                let elements = Array(elementStack[base...])
                elementStack.removeSubrange(base...)
                return elements
            default:
                throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "',' or ']'"))
            }
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        let literal = Array(bytes[start..<index])
        let text = String(decoding: literal, as: UTF8.self)
        guard JSONNumber.isValidLiteral(literal[...]) else {
            throw JSONSyntaxError(reason: .invalidNumber(text), position: position(at: start), path: currentPath)
        }
        return JSONNumber(validatedText: text)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
            true
        default:
            false
        }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let count = word.utf8CodeUnitCount
        let pointer = word.utf8Start
        for offset in 0..<count {
            guard index + offset < bytes.count else {
                throw error(.unexpectedEndOfInput(expected: "'\(word)'"))
            }
            guard bytes[index + offset] == pointer[offset] else {
                throw JSONSyntaxError(
                    reason: .unexpectedCharacter(found: describeCharacter(at: index + offset), expected: "'\(word)'"),
                    position: position(at: index + offset), path: currentPath)
            }
        }
        index += count
        // `truex` or `nullnull` must not parse as a literal followed by garbage silently.
        if index < bytes.count, Self.isWordByte(bytes[index]) {
            throw error(.unexpectedCharacter(found: describeCharacter(at: index), expected: "a delimiter after '\(word)'"))
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    // MARK: Helpers

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    var currentPath: JSONPath { JSONPath(components: path) }

    func position(at offset: Int) -> SourcePosition {
        LineTable(bytes: bytes).position(at: offset)
    }

    func error(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, position: position(at: index), path: currentPath)
    }

    /// Names the character at `offset` for a message: `'x'`, or `U+000A` for controls.
    func describeCharacter(at offset: Int) -> String {
        let byte = bytes[offset]
        if byte < 0x20 || byte == 0x7F { return "character U+\(JSONSyntaxError.hex4(byte))" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "character '" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) + "'"
    }
}
