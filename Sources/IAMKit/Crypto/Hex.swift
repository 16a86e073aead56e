/// Lowercase hexadecimal, the text form of digests in a lab (password digests, cache names,
/// SigV4 hashes and signatures).
public enum Hex {
    /// Two lowercase hex digits per byte.
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.underestimatedCount * 2)
        appendLowercase(bytes, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends two lowercase hex digits per byte of `bytes` to `output` (UTF-8). Inlinable so
    /// that each caller gets a version for its own sequence type: every SigV4 request writes
    /// three digests through here, and the unspecialised generic cost more than the digests.
    @inlinable
    public static func appendLowercase(_ bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        for byte in bytes {
            output.append(lowercaseDigit(byte >> 4))
            output.append(lowercaseDigit(byte & 0x0F))
        }
    }

    /// The lowercase hex digit for `value` (0-15).
    @inlinable
    public static func lowercaseDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
    }

    /// The bytes of `text` (either case), or nil when it has an odd length or a non-hex character.
    public static func decode(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 2 == 0 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(characters.count / 2)
        var index = 0
        while index < characters.count {
            guard let high = digitValue(characters[index]), let low = digitValue(characters[index + 1]) else { return nil }
            output.append(high << 4 | low)
            index += 2
        }
        return output
    }

    /// The value of one hex digit (either case), or nil for any other byte.
    public static func digitValue(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
