import IAMKit

/// `application/x-www-form-urlencoded` as the AWS Query protocol sends it (the body of a POST,
/// the query string of a GET), and the RFC 3986 encoding SigV4's canonical request uses.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
public enum FormEncoding {
    /// Splits `text` into name/value pairs in order: `&`-separated, `=` between name and value,
    /// `+` is a space, `%XX` a byte. A malformed escape is kept as written (as Python's `unquote`
    /// does), so decoding never fails; the bytes are read as UTF-8 (invalid sequences become U+FFFD).
    public static func decode(_ text: Substring) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        for field in text.split(separator: "&", omittingEmptySubsequences: true) {
            if let equals = field.firstIndex(of: "=") {
                pairs.append((unescape(field[..<equals], plusIsSpace: true), unescape(field[field.index(after: equals)...], plusIsSpace: true)))
            } else {
                pairs.append((unescape(field, plusIsSpace: true), ""))
            }
        }
        return pairs
    }

    /// Percent-decodes `text`; `plusIsSpace` for form fields.
    public static func unescape(_ text: Substring, plusIsSpace: Bool) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "%") || (plusIsSpace && $0 == UInt8(ascii: "+")) }) else { return String(text) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = Hex.digitValue(bytes[index + 1]), let low = Hex.digitValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// RFC 3986 encoding: unreserved characters (`A-Z a-z 0-9 - _ . ~`) stay, every other byte of
    /// the UTF-8 form becomes `%XX` (upper-case hex); `/` stays when `keepSlash`.
    public static func escape(_ text: String, keepSlash: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                output.append(byte)
            case UInt8(ascii: "/") where keepSlash:
                output.append(byte)
            default:
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
