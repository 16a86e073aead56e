import IAMKit

/// `application/x-www-form-urlencoded` as the AWS Query protocol sends it (the body of a POST,
/// the query string of a GET), and the RFC 3986 encoding SigV4's canonical request uses.
/// Works on UTF-8 bytes: every request passes through here, so nothing is split by Character.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public enum FormEncoding {
    /// Splits `text` into name/value pairs in order: `&`-separated, `=` between name and value,
    /// `+` is a space, `%XX` a byte. A malformed escape is kept as written (as Python's `unquote`
    /// does), so decoding never fails; the bytes are read as UTF-8 (invalid sequences become U+FFFD).
    public static func decode(_ text: Substring) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        decode(Array(text.utf8)) { pairs.append(($0, $1)) }
        return pairs
    }

    /// Calls `visit` with each name/value pair of the form-encoded `bytes`, in order. One pass
    /// over each field finds its `=` and whether its name or value holds an escape (`%`, `+`):
    /// most do not, and are read as they are, without a copy to unescape.
    public static func decode(_ bytes: [UInt8], _ visit: (_ name: String, _ value: String) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var start = 0
            while start < count {
                var end = start
                var equals = -1
                var nameEscaped = false, valueEscaped = false
                while end < count {
                    let byte = buffer[end]
                    if byte == UInt8(ascii: "&") { break }
                    if byte == UInt8(ascii: "=") {
                        if equals < 0 { equals = end }
                    } else if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+") {
                        if equals < 0 { nameEscaped = true } else { valueEscaped = true }
                    }
                    end += 1
                }
                if end > start {
                    let nameEnd = equals < 0 ? end : equals
                    let name = UnsafeBufferPointer(rebasing: buffer[start..<nameEnd])
                    let value = equals < 0 ? UnsafeBufferPointer(start: nil, count: 0) : UnsafeBufferPointer(rebasing: buffer[(equals + 1)..<end])
                    visit(decodedString(name, escaped: nameEscaped), decodedString(value, escaped: valueEscaped))
                }
                start = end + 1
            }
        }
    }

    /// The form-decoded text of `bytes` (read as they are when they hold no escape).
    private static func decodedString(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) -> String {
        guard escaped else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: unescape(bytes, plusIsSpace: true), as: UTF8.self)
    }

    /// Calls `visit` with the raw (still escaped) name and value of each non-empty `&`-separated
    /// field of `bytes`; a field without `=` has an empty value.
    static func forEachField(_ bytes: UnsafeBufferPointer<UInt8>,
                             _ visit: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start < bytes.count {
            var end = start
            var equals = -1
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") {
                if equals < 0, bytes[end] == UInt8(ascii: "=") { equals = end }
                end += 1
            }
            if end > start {
                if equals >= 0 {
                    visit(UnsafeBufferPointer(rebasing: bytes[start..<equals]), UnsafeBufferPointer(rebasing: bytes[(equals + 1)..<end]))
                } else {
                    visit(UnsafeBufferPointer(rebasing: bytes[start..<end]), UnsafeBufferPointer(start: nil, count: 0))
                }
            }
            start = end + 1
        }
    }

    /// Percent-decodes `text`; `plusIsSpace` for form fields.
    public static func unescape(_ text: Substring, plusIsSpace: Bool) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { String(decoding: unescape($0, plusIsSpace: plusIsSpace), as: UTF8.self) }
    }

    /// Percent-decodes `bytes` (`+` is a space when `plusIsSpace`); a malformed escape stays.
    static func unescape(_ bytes: UnsafeBufferPointer<UInt8>, plusIsSpace: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        forEachDecodedByte(bytes, plusIsSpace: plusIsSpace) { output.append($0) }
        return output
    }

    /// Calls `body` with each byte `bytes` decodes to: `%XX` is one byte, `+` a space when
    /// `plusIsSpace`, and anything else (a malformed escape too) itself.
    static func forEachDecodedByte(_ bytes: UnsafeBufferPointer<UInt8>, plusIsSpace: Bool, _ body: (UInt8) -> Void) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = Hex.digitValue(bytes[index + 1]), let low = Hex.digitValue(bytes[index + 2]) {
                body(high << 4 | low)
                index += 3
                continue
            }
            body(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
    }

    /// RFC 3986 encoding: unreserved characters (`A-Z a-z 0-9 - _ . ~`) stay, every other byte of
    /// the UTF-8 form becomes `%XX` (upper-case hex); `/` stays when `keepSlash`.
    public static func escape(_ text: String, keepSlash: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        escape(text.utf8, keepSlash: keepSlash, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the RFC 3986 encoding of `bytes` to `output`; runs of bytes that stay are copied
    /// whole when the bytes are contiguous (a policy document in a response is mostly such runs).
    static func escape(_ bytes: some Sequence<UInt8>, keepSlash: Bool, into output: inout [UInt8]) {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            var runStart = 0
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                escape(byte, keepSlash: keepSlash, into: &output)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        if copied == nil {
            for byte in bytes { escape(byte, keepSlash: keepSlash, into: &output) }
        }
    }

    /// Appends `byte` as RFC 3986 encodes it.
    static func escape(_ byte: UInt8, keepSlash: Bool, into output: inout [UInt8]) {
        if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
            output.append(byte)
        } else {
            output.append(UInt8(ascii: "%"))
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    /// Whether form-encoded `bytes`, decoded and encoded again with RFC 3986, are `bytes`
    /// themselves: only unreserved characters and `%XX` in upper-case hex of a byte that is not
    /// one (no `+`, no lower-case hex, no needless escape).
    static func isRFC3986Encoded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isUnreserved(byte) {
                index += 1
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
                      let high = upperHexValue(bytes[index + 1]), let low = upperHexValue(bytes[index + 2]),
                      !isUnreserved(high << 4 | low) {
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    private static func upperHexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `A-Z a-z 0-9 - _ . ~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
