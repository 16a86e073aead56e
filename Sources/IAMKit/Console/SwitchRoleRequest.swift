/// What a page hands the Switch Role form to prefill it (the Create role wizard's "try it"):
/// the account and role to switch to, the suggested display name, and which user of the
/// trusted account should sign in to try it. Pure data; the form still applies every rule.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
public struct SwitchRoleRequest: Sendable, Hashable, Codable {
    /// Account ID (or alias) the role lives in.
    public var account: String
    /// The role as the form takes it: `path/name` without the leading `/`, or just the name.
    public var role: String
    /// The display name the form suggests.
    public var displayName: String
    /// The user (in the trusted account) who should try the switch, if one was granted.
    public var userName: String?

    /// Creates a request; the display name defaults to the console's suggestion.
    public init(account: String, role: String, displayName: String? = nil, userName: String? = nil) {
        self.account = account
        self.role = role
        self.displayName = displayName ?? IAMService.suggestedDisplayName(role: role, account: account)
        self.userName = userName
    }

    /// The console's shareable link for the same switch:
    /// `https://signin.aws.amazon.com/switchrole?account=…&roleName=…&displayName=…`.
    public var link: String {
        "https://signin.aws.amazon.com/switchrole?account=\(Self.encoded(account))&roleName=\(Self.encoded(role))"
            + "&displayName=\(Self.encoded(displayName))"
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func encoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: out.append(Character(UnicodeScalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
