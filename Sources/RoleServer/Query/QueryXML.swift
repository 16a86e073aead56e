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
        var xml = "<\(action)Response xmlns=\"\(namespace(service))\">\n"
        if let object = result.objectValue, !object.members.isEmpty {
            xml += "  <\(action)Result>\n"
            for member in object.members { element(member.key, member.value, indent: 4, into: &xml) }
            xml += "  </\(action)Result>\n"
        }
        xml += "  <ResponseMetadata>\n    <RequestId>\(escape(requestID))</RequestId>\n  </ResponseMetadata>\n</\(action)Response>\n"
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
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .null:
            return
        case .array(let items):
            xml += "\(pad)<\(name)>\n"
            for item in items { element("member", item, indent: indent + 2, into: &xml) }
            xml += "\(pad)</\(name)>\n"
        case .object(let object) where mapMembers.contains(name):
            xml += "\(pad)<\(name)>\n"
            for member in object.members {
                xml += "\(pad)  <entry>\n\(pad)    <key>\(escape(member.key))</key>\n"
                element("value", member.value, indent: indent + 4, into: &xml)
                xml += "\(pad)  </entry>\n"
            }
            xml += "\(pad)</\(name)>\n"
        case .object where documentMembers.contains(name):
            xml += "\(pad)<\(name)>\(escape(FormEncoding.escape(JSONWriter.string(for: value, style: .compact))))</\(name)>\n"
        case .object(let object):
            xml += "\(pad)<\(name)>\n"
            for member in object.members { element(member.key, member.value, indent: indent + 2, into: &xml) }
            xml += "\(pad)</\(name)>\n"
        case .string(let text) where documentMembers.contains(name):
            xml += "\(pad)<\(name)>\(escape(FormEncoding.escape(text)))</\(name)>\n"
        case .string(let text) where timestampMembers.contains(name):
            xml += "\(pad)<\(name)>\(escape(isoTimestamp(text)))</\(name)>\n"
        case .string(let text):
            xml += "\(pad)<\(name)>\(escape(text))</\(name)>\n"
        case .number(let number):
            xml += "\(pad)<\(name)>\(number.text)</\(name)>\n"
        case .bool(let flag):
            xml += "\(pad)<\(name)>\(flag ? "true" : "false")</\(name)>\n"
        }
    }

    /// `2026-11-29T06:00:00+00:00` (the CLI's form) → `2026-11-29T06:00:00Z` (the wire form).
    static func isoTimestamp(_ text: String) -> String {
        text.hasSuffix("+00:00") ? String(text.dropLast(6)) + "Z" : text
    }

    /// XML text escaping; characters XML 1.0 cannot carry at all are written as U+FFFD.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
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
        return output
    }
}
