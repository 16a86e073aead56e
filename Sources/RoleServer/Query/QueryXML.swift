import IAMPolicy

/// The XML documents of the AWS Query protocol, built from the response object IAMKit's
/// dynamic entry point returns (the AWS CLI's shape): `<ActionResponse xmlns=…><ActionResult>…
/// </ActionResult><ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></ActionResponse>`,
/// lists as `<member>` items, maps (`SummaryMap`) as `<entry><key/><value/></entry>`, timestamps
/// in ISO 8601 with `Z`, and policy documents URL-encoded, as IAM returns them.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html (example response),
/// https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
public enum QueryXML {
    /// The response members that are maps rather than structures.
    static let mapMembers: Set<String> = ["SummaryMap"]
    /// The response members that carry a policy document (IAM returns them URL-encoded).
    static let documentMembers: Set<String> = ["AssumeRolePolicyDocument", "PolicyDocument", "Document"]
    /// The response members that are timestamps.
    static let timestampMembers: Set<String> = ["CreateDate", "UpdateDate", "EnableDate", "Expiration", "LastUsedDate", "PasswordLastUsed",
                                                    "GeneratedTime"]

    /// The namespace of `service` (`iam` or `sts`).
    public static func namespace(_ service: String) -> String {
        service == "sts" ? "https://sts.amazonaws.com/doc/2011-06-15/" : "https://iam.amazonaws.com/doc/2010-05-08/"
    }

    /// A successful response; an empty `result` (operations without output) has no Result element.
    public static func response(action: String, service: String, result: JSONValue, requestID: String) -> String {
        var xml = ""
        xml.reserveCapacity(1024)
        xml += "<"; xml += action; xml += "Response xmlns=\""; xml += namespace(service); xml += "\">\n"
        if let object = result.objectValue, !object.members.isEmpty {
            xml += "  <"; xml += action; xml += "Result>\n"
            for member in object.members { element(member.key, member.value, indent: 4, into: &xml) }
            xml += "  </"; xml += action; xml += "Result>\n"
        }
        xml += "  <ResponseMetadata>\n    <RequestId>"; appendEscaped(requestID, to: &xml)
        xml += "</RequestId>\n  </ResponseMetadata>\n</"; xml += action; xml += "Response>\n"
        return xml
    }

    /// An error document: `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>`;
    /// an error AWS sends without a message (ReportNotPresent) has no `Message` element, so
    /// botocore reports it as `Unknown`, as against AWS.
    public static func error(service: String, type: String, code: String, message: String, requestID: String) -> String {
        let messageLine = message.isEmpty ? "" : "\n    <Message>\(escape(message))</Message>"
        return """
        <ErrorResponse xmlns="\(namespace(service))">
          <Error>
            <Type>\(escape(type))</Type>
            <Code>\(escape(code))</Code>\(messageLine)
          </Error>
          <RequestId>\(escape(requestID))</RequestId>
        </ErrorResponse>

        """
    }

    private static func element(_ name: String, _ value: JSONValue, indent: Int, into xml: inout String) {
        let pad = padding(indent)
        func open() { xml += pad; xml += "<"; xml += name; xml += ">" }
        func close() { xml += "</"; xml += name; xml += ">\n" }
        switch value {
        case .null:
            return
        case .array(let items):
            open(); xml += "\n"
            for item in items { element("member", item, indent: indent + 2, into: &xml) }
            xml += pad; close()
        case .object(let object) where mapMembers.contains(name):
            open(); xml += "\n"
            for member in object.members {
                xml += pad; xml += "  <entry>\n"; xml += pad; xml += "    <key>"; appendEscaped(member.key, to: &xml); xml += "</key>\n"
                element("value", member.value, indent: indent + 4, into: &xml)
                xml += pad; xml += "  </entry>\n"
            }
            xml += pad; close()
        case .object where documentMembers.contains(name):
            open(); appendEscaped(FormEncoding.escape(JSONWriter.string(for: value, style: .compact)), to: &xml); close()
        case .object(let object):
            open(); xml += "\n"
            for member in object.members { element(member.key, member.value, indent: indent + 2, into: &xml) }
            xml += pad; close()
        case .string(let text) where documentMembers.contains(name):
            open(); appendEscaped(FormEncoding.escape(text), to: &xml); close()
        case .string(let text) where timestampMembers.contains(name):
            open(); appendEscaped(isoTimestamp(text), to: &xml); close()
        case .string(let text):
            open(); appendEscaped(text, to: &xml); close()
        case .number(let number):
            open(); xml += number.text; close()
        case .bool(let flag):
            open(); xml += flag ? "true" : "false"; close()
        }
    }

    private static let paddings = (0..<24).map { String(repeating: " ", count: $0 * 2) }

    /// `indent` spaces (responses nest a few levels; deeper ones are built on demand).
    private static func padding(_ indent: Int) -> String {
        indent % 2 == 0 && indent / 2 < paddings.count ? paddings[indent / 2] : String(repeating: " ", count: indent)
    }

    /// `2026-11-29T06:00:00+00:00` (the CLI's form) → `2026-11-29T06:00:00Z` (the wire form).
    static func isoTimestamp(_ text: String) -> String {
        text.hasSuffix("+00:00") ? String(text.dropLast(6)) + "Z" : text
    }

    /// XML text escaping; characters XML 1.0 cannot carry at all are written as U+FFFD.
    public static func escape(_ text: String) -> String {
        var output = ""
        appendEscaped(text, to: &output)
        return output
    }

    /// Appends `text` escaped for XML; text with nothing to escape (nearly all) is appended whole.
    static func appendEscaped(_ text: String, to output: inout String) {
        if !text.utf8.contains(where: needsEscape) {
            output += text
            return
        }
        output.reserveCapacity(output.utf8.count + text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case "\r": output += "&#xD;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    output += "\u{FFFD}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// Whether a UTF-8 byte may start something `appendEscaped` changes: a markup character, a
    /// control character, or the lead byte of U+FFFE/U+FFFF (0xEF, checked in the slow path).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"): false
        default: byte < 0x20
        }
    }
}
