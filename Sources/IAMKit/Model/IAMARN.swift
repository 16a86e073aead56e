/// ARNs in the shapes IAM and STS print them.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
public enum IAMARN {
    /// `arn:aws:iam::ACCT:root`: the account principal (and the root user's ARN).
    public static func root(_ accountID: String) -> String {
        "arn:aws:iam::\(accountID):root"
    }

    /// `arn:aws:iam::ACCT:user<path><name>`.
    public static func user(_ accountID: String, path: String = "/", name: String) -> String {
        "arn:aws:iam::\(accountID):user\(path)\(name)"
    }

    /// `arn:aws:iam::ACCT:role<path><name>`: the role ARN includes its path.
    public static func role(_ accountID: String, path: String = "/", name: String) -> String {
        "arn:aws:iam::\(accountID):role\(path)\(name)"
    }

    /// `arn:aws:iam::ACCT:group<path><name>`.
    public static func group(_ accountID: String, path: String = "/", name: String) -> String {
        "arn:aws:iam::\(accountID):group\(path)\(name)"
    }

    /// `arn:aws:iam::ACCT:policy<path><name>`.
    public static func policy(_ accountID: String, path: String = "/", name: String) -> String {
        "arn:aws:iam::\(accountID):policy\(path)\(name)"
    }

    /// `arn:aws:iam::ACCT:mfa<path><name>`: a virtual MFA device's serial number.
    public static func mfa(_ accountID: String, path: String = "/", name: String) -> String {
        "arn:aws:iam::\(accountID):mfa\(path)\(name)"
    }

    /// `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`: never carries the role's path.
    public static func assumedRole(_ accountID: String, roleName: String, sessionName: String) -> String {
        "arn:aws:sts::\(accountID):assumed-role/\(roleName)/\(sessionName)"
    }

    /// The parts of an IAM ARN (`arn:aws:iam::ACCT:TYPE/path/name`), or nil for other text.
    /// Scans the UTF-8 bytes once without building arrays: it runs on every authorization.
    public static func parse(_ arn: String) -> Parts? {
        let utf8 = arn.utf8
        var colons: [String.Index] = []
        colons.reserveCapacity(5)
        var index = utf8.startIndex
        while index != utf8.endIndex, colons.count < 5 {
            if utf8[index] == UInt8(ascii: ":") { colons.append(index) }
            index = utf8.index(after: index)
        }
        guard colons.count == 5, arn[..<colons[0]] == "arn", arn[utf8.index(after: colons[0])..<colons[1]] == "aws" else { return nil }
        let service = String(arn[utf8.index(after: colons[1])..<colons[2]])
        let account = String(arn[utf8.index(after: colons[3])..<colons[4]])
        let resource = arn[utf8.index(after: colons[4])...]
        guard let slash = resource.utf8.firstIndex(of: UInt8(ascii: "/")) else {
            return Parts(service: service, accountID: account, resourceType: String(resource), path: "/", name: "")
        }
        guard let lastSlash = resource.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return Parts(service: service, accountID: account, resourceType: String(resource[..<slash]),
                     path: String(resource[slash...lastSlash]), name: String(resource[resource.utf8.index(after: lastSlash)...]))
    }

    /// An ARN split into what IAM cares about.
    public struct Parts: Sendable, Hashable {
        /// `iam` or `sts`.
        public var service: String
        /// The 12-digit account (or `aws` for AWS managed policies).
        public var accountID: String
        /// `user`, `role`, `policy`, `assumed-role`, `root`, ...
        public var resourceType: String
        /// The path between the type and the name (`/` when none).
        public var path: String
        /// The last path component.
        public var name: String
    }
}
