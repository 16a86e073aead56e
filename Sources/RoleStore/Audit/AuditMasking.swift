import IAMPolicy

/// Hides secrets in request parameters and response elements the way CloudTrail does, so the
/// audit log never holds a usable credential or MFA seed.
/// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
public enum AuditMasking {
    /// CloudTrail's placeholder for a hidden value.
    public static let placeholder = "HIDDEN_DUE_TO_SECURITY_REASONS"

    /// Member names (compared case-insensitively: CloudTrail writes `tokenCode`, the API
    /// `TokenCode`) whose values are hidden wherever they appear.
    public static let secretMemberNames: Set<String> = [
        "secretaccesskey", "sessiontoken", "base32stringseed", "qrcodepng", "tokencode",
        "authenticationcode1", "authenticationcode2", "password", "oldpassword", "newpassword",
    ]

    /// `value` with every secret member's value replaced by the placeholder, at any depth.
    public static func mask(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .object(object):
            var masked = JSONObject()
            for member in object {
                let hidden = secretMemberNames.contains(member.key.lowercased()) && !member.value.isNull
                masked.append(key: member.key, value: hidden ? .string(placeholder) : mask(member.value))
            }
            return .object(masked)
        case let .array(elements):
            return .array(elements.map(mask))
        default:
            return value
        }
    }
}
