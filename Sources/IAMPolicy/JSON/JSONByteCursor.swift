/// A read position in UTF-8 JSON text, with the token reads the policy fast path
/// (`PolicyByteReader`) is built from: as strict as `JSONReader` about what is JSON, but it
/// never explains a problem: it gives up, and the caller hands the text to the parser that
/// locates errors. Strings with escapes give up too (they are rare in policies).
struct JSONByteCursor {
    /// Why reading stopped: the text is for the full parser to judge.
    struct GiveUp: Error {}

    /// The text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    private(set) var index = 0

    /// A cursor at the start of `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether only white space is left.
    var isAtEnd: Bool {
        var probe = self
        probe.skipWhitespace()
        return probe.index == bytes.count
    }

    /// The next byte, or 0 at the end (never a byte JSON expects there).
    var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Skips JSON white space: space, tab, line feed, carriage return.
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Consumes `byte`, or gives up.
    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard peek == byte else { throw GiveUp() }
        index += 1
    }

    /// After `{`: whether members follow (an empty object's `}` is consumed).
    mutating func openMembers() -> Bool {
        skipWhitespace()
        guard peek == .closeBrace else { return true }
        index += 1
        return false
    }

    /// `"name" :`, leaving `index` at the value; returns the name's byte range (no quotes).
    mutating func memberName() throws(GiveUp) -> Range<Int> {
        skipWhitespace()
        let name = try stringRange()
        skipWhitespace()
        try expect(.colon)
        skipWhitespace()
        return name
    }

    /// After a member's value: `true` past a `,`, `false` past the object's `}`.
    mutating func nextMember() throws(GiveUp) -> Bool {
        skipWhitespace()
        switch peek {
        case .comma: index += 1; return true
        case .closeBrace: index += 1; return false
        default: throw GiveUp()
        }
    }

    /// After an element: `true` past a `,`, `false` past the array's `]`.
    mutating func nextElement() throws(GiveUp) -> Bool {
        skipWhitespace()
        switch peek {
        case .comma: index += 1; return true
        case .closeBracket: index += 1; return false
        default: throw GiveUp()
        }
    }

    /// The content range of the string at `index`; escapes and control characters give up.
    mutating func stringRange() throws(GiveUp) -> Range<Int> {
        try expect(.quote)
        let start = index
        skipPlainStringBytes()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .quote {
                index += 1
                return start..<(index - 1)
            }
            if byte == .backslash || byte < 0x20 { throw GiveUp() }
            index += 1
        }
        throw GiveUp()
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash or a control
    /// character (the SWAR "has a zero byte" and "has a byte below n" tests); the byte loop
    /// after it then finds the one that ends the string.
    mutating func skipPlainStringBytes() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8.quote))
            let backslashes = word ^ (ones &* UInt64(UInt8.backslash))
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                | ((word &- ones &* 0x20) & ~word)
            if special & highBits != 0 { return }
            index += 8
        }
    }

    /// The string at `index`, decoded.
    mutating func string() throws(GiveUp) -> String {
        text(try stringRange())
    }

    /// The text of a byte range, decoded as `JSONReader` decodes it.
    func text(_ range: Range<Int>) -> String {
        JSONReader.interned(bytes, range.lowerBound, range.count)
            ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the bytes in `range` are exactly `literal`.
    func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    /// `true` or `false`, not followed by a letter or digit (`truex` is not JSON).
    mutating func literal(_ word: StaticString) throws(GiveUp) {
        let end = index + word.utf8CodeUnitCount
        guard end <= bytes.count, matches(index..<end, word) else { throw GiveUp() }
        index = end
        let next = peek
        let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
        guard !isWordByte else { throw GiveUp() }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            true
        default:
            false
        }
    }

    /// After `[`: whether elements follow (an empty array's `]` is consumed).
    mutating func openElements() throws(GiveUp) -> Bool {
        try expect(.openBracket)
        skipWhitespace()
        guard peek == .closeBracket else { return true }
        index += 1
        return false
    }

    /// A number's literal text, checked against the JSON number grammar.
    mutating func number() throws(GiveUp) -> String {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        let literal = Array(bytes[start..<index])
        guard JSONNumber.isValidLiteral(literal[...]) else { throw GiveUp() }
        return String(decoding: literal, as: UTF8.self)
    }
}

/// The JSON structural bytes, by name.
extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
}
