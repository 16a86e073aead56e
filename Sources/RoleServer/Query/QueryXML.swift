import IAMPolicy

/// The XML documents of the AWS Query protocol, built from the response object IAMKit's
/// dynamic entry point returns (the AWS CLI's shape): `<ActionResponse xmlns=…><ActionResult>…
/// </ActionResult><ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></ActionResponse>`,
/// lists as `<member>` items, maps (`SummaryMap`) as `<entry><key/><value/></entry>`, timestamps
/// in ISO 8601 with `Z`, and policy documents URL-encoded, as IAM returns them. Written as UTF-8
/// bytes, which go to the socket as they are.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html (example response),
/// https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
public enum QueryXML {
    /// Response members written in a form of their own.
    enum SpecialMember {
        /// A map rather than a structure (`SummaryMap`).
        case map
        /// A policy document (IAM returns them URL-encoded).
        case document
        /// A timestamp (`…+00:00` becomes `…Z`).
        case timestamp
    }

    /// How `name` is written, when not as a plain element (`SummaryMap`; the policy documents;
    /// the timestamps). Every element of every response asks, so the name is compared only
    /// with the special members of its length: no hashing, no shared table to retain.
    static func special(_ name: String) -> SpecialMember? {
        switch name.utf8.count {
        case 8: return name == "Document" ? .document : nil
        case 10:
            if name == "SummaryMap" { return .map }
            return name == "CreateDate" || name == "UpdateDate" || name == "EnableDate" || name == "Expiration" ? .timestamp : nil
        case 12: return name == "LastUsedDate" ? .timestamp : nil
        case 13: return name == "GeneratedTime" ? .timestamp : nil
        case 14: return name == "PolicyDocument" ? .document : nil
        case 16: return name == "PasswordLastUsed" ? .timestamp : nil
        case 24: return name == "AssumeRolePolicyDocument" ? .document : nil
        default: return nil
        }
    }

    /// The namespace of `service` (`iam` or `sts`).
    public static func namespace(_ service: String) -> String {
        service == "sts" ? "https://sts.amazonaws.com/doc/2011-06-15/" : "https://iam.amazonaws.com/doc/2010-05-08/"
    }

    /// A successful response; an empty `result` (operations without output) has no Result element.
    public static func response(action: String, service: String, result: JSONValue, requestID: String) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(1536)
        xml.append("<", action, "Response xmlns=\"", namespace(service), "\">\n")
        if let object = result.objectValue, !object.members.isEmpty {
            xml.append("  <", action, "Result>\n")
            for member in object.members { element(member.key, member.value, indent: 4, into: &xml) }
            xml.append("  </", action, "Result>\n")
        }
        xml.append("  <ResponseMetadata>\n    <RequestId>")
        appendEscaped(requestID, to: &xml)
        xml.append("</RequestId>\n  </ResponseMetadata>\n</", action, "Response>\n")
        return xml
    }

    /// An error document: `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`;
    /// an error AWS sends without a message (ReportNotPresent) has no `Message` element, so
    /// botocore reports it as `Unknown`, as against AWS.
    public static func error(service: String, type: String, code: String, message: String, requestID: String) -> [UInt8] {
        var xml: [UInt8] = []
        xml.reserveCapacity(512)
        xml.append("<ErrorResponse xmlns=\"", namespace(service), "\">\n  <Error>\n    <Type>")
        appendEscaped(type, to: &xml)
        xml.append("</Type>\n    <Code>")
        appendEscaped(code, to: &xml)
        xml.append("</Code>")
        if !message.isEmpty {
            xml.append("\n    <Message>")
            appendEscaped(message, to: &xml)
            xml.append("</Message>")
        }
        xml.append("\n  </Error>\n  <RequestId>")
        appendEscaped(requestID, to: &xml)
        xml.append("</RequestId>\n</ErrorResponse>\n")
        return xml
    }

    private static func element(_ name: String, _ value: JSONValue, indent: Int, into xml: inout [UInt8]) {
        // A tag with its indentation goes in as one piece (a response has a hundred-odd).
        func open(newline: Bool = false) { appendTag(name, indent: indent, closing: false, newline: newline, into: &xml) }
        func close(indented: Bool = false) { appendTag(name, indent: indented ? indent : 0, closing: true, newline: true, into: &xml) }
        switch value {
        case .null:
            return
        case .array(let items):
            open(newline: true)
            for item in items { element("member", item, indent: indent + 2, into: &xml) }
            close(indented: true)
        case .object(let object):
            switch special(name) {
            case .map?:
                open(newline: true)
                for member in object.members {
                    pad(indent + 2, &xml); xml.appendStatic("<entry>\n")
                    pad(indent + 4, &xml); xml.appendStatic("<key>"); appendEscaped(member.key, to: &xml); xml.appendStatic("</key>\n")
                    element("value", member.value, indent: indent + 4, into: &xml)
                    pad(indent + 2, &xml); xml.appendStatic("</entry>\n")
                }
                close(indented: true)
            case .document?:
                // URL-encoded text is unreserved characters and `%XX`: nothing in it needs XML escaping.
                open(); FormEncoding.escape(JSONWriter(style: .compact).bytes(for: value), keepSlash: false, into: &xml); close()
            case .timestamp?, nil:
                open(newline: true)
                for member in object.members { element(member.key, member.value, indent: indent + 2, into: &xml) }
                close(indented: true)
            }
        case .string(let text):
            open()
            switch special(name) {
            case .document?: FormEncoding.escape(text.utf8, keepSlash: false, into: &xml)
            case .timestamp?: appendEscaped(isoTimestamp(text), to: &xml)
            case .map?, nil: appendEscaped(text, to: &xml)
            }
            close()
        case .number(let number):
            open(); xml.append(number.text); close()
        case .bool(let flag):
            open(); xml.appendStatic(flag ? "true" : "false"); close()
        }
    }

    /// Appends `indent` spaces, then `<name>` (`</name>` when `closing`), then a newline when
    /// `newline`: assembled on the stack and appended once.
    private static func appendTag(_ name: String, indent: Int, closing: Bool, newline: Bool, into xml: inout [UInt8]) {
        var name = name
        name.withUTF8 { nameBytes in
            let length = indent + nameBytes.count + (closing ? 3 : 2) + (newline ? 1 : 0)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { tag in
                var at = 0
                func put(_ byte: UInt8) { tag[at] = byte; at += 1 }
                for _ in 0..<indent { put(UInt8(ascii: " ")) }
                put(UInt8(ascii: "<"))
                if closing { put(UInt8(ascii: "/")) }
                for byte in nameBytes { put(byte) }
                put(UInt8(ascii: ">"))
                if newline { put(UInt8(ascii: "\n")) }
                xml.append(contentsOf: UnsafeBufferPointer(rebasing: tag[..<at]))
            }
        }
    }

    private static func pad(_ indent: Int, _ xml: inout [UInt8]) {
        let spaces: StaticString = "                                "
        var remaining = indent
        while remaining > 0 {
            let count = min(remaining, spaces.utf8CodeUnitCount)
            xml.append(contentsOf: UnsafeBufferPointer(start: spaces.utf8Start, count: count))
            remaining -= count
        }
    }

    /// `2026-11-29T06:00:00+00:00` (the CLI's form) → `2026-11-29T06:00:00Z` (the wire form).
    static func isoTimestamp(_ text: String) -> String {
        text.hasSuffix("+00:00") ? String(text.dropLast(6)) + "Z" : text
    }

    /// XML text escaping; characters XML 1.0 cannot carry at all are written as U+FFFD.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        appendEscaped(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` escaped for XML: the five markup characters as entities, CR as `&#xD;`,
    /// other control characters but tab and newline, and U+FFFE/U+FFFF, as U+FFFD. Works on
    /// the UTF-8 bytes (a String's are valid, so `EF BF BE`/`EF BF BF` can only be those two).
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need nothing are copied whole.
            var runStart = 0
            var index = 0
            func flush() {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                let escaped: StaticString
                var length = 1
                switch byte {
                case UInt8(ascii: "&"): escaped = "&amp;"
                case UInt8(ascii: "<"): escaped = "&lt;"
                case UInt8(ascii: ">"): escaped = "&gt;"
                case UInt8(ascii: "\""): escaped = "&quot;"
                case UInt8(ascii: "'"): escaped = "&apos;"
                case UInt8(ascii: "\r"): escaped = "&#xD;"
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                    index += 1
                    continue
                case 0..<0x20: escaped = "\u{FFFD}"
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    escaped = "\u{FFFD}"
                    length = 3
                default:
                    index += 1
                    continue
                }
                flush()
                escaped.withUTF8Buffer { output.append(contentsOf: $0) }
                index += length
                runStart = index
            }
            flush()
        }
    }
}

extension [UInt8] {
    /// Appends the UTF-8 bytes of a literal, straight from the binary.
    mutating func appendStatic(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of `text` (overloads by count, not variadic: no array per call),
    /// copied as one buffer: an Array appending a String's UTF-8 view goes through the
    /// generic sequence copy, which cost more than the bytes for the short names of XML.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    mutating func append(_ first: String, _ second: String, _ third: String) {
        append(first)
        append(second)
        append(third)
    }

    mutating func append(_ first: String, _ second: String, _ third: String, _ fourth: String, _ fifth: String) {
        append(first, second, third)
        append(fourth)
        append(fifth)
    }
}
