/// ARNs in the shapes IAM and STS print them.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
public enum IAMARN {
    /// `arn:aws:iam::ACCT:root`: the account principal (and the root user's ARN).
    public static func root(_ accountID: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":root")
    }

    /// `arn:aws:iam::ACCT:user<path><name>`.
    public static func user(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":user", path, name)
    }

    /// `arn:aws:iam::ACCT:role<path><name>`: the role ARN includes its path.
    public static func role(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":role", path, name)
    }

    /// `arn:aws:iam::ACCT:group<path><name>`.
    public static func group(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":group", path, name)
    }

    /// `arn:aws:iam::ACCT:policy<path><name>`.
    public static func policy(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":policy", path, name)
    }

    /// `arn:aws:iam::ACCT:instance-profile<path><name>`.
    public static func instanceProfile(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":instance-profile", path, name)
    }

    /// `arn:aws:iam::ACCT:mfa<path><name>`: a virtual MFA device's serial number.
    public static func mfa(_ accountID: String, path: String = "/", name: String) -> String {
        .concatenating("arn:aws:iam::", accountID, ":mfa", path, name)
    }

    /// `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`: never carries the role's path.
    public static func assumedRole(_ accountID: String, roleName: String, sessionName: String) -> String {
        .concatenating("arn:aws:sts::", accountID, ":assumed-role/", roleName, "/", sessionName)
    }

    /// The parts of an IAM ARN (`arn:aws:iam::ACCT:TYPE/path/name`), or nil for other text.
    /// Scans the UTF-8 bytes once without building arrays: it runs on every authorization.
    public static func parse(_ arn: String) -> Parts? {
        // Over contiguous bytes with offsets: every AssumeRole and MFA check parses an ARN,
        // and String.Index arithmetic with Substring comparisons cost more than the call's
        // policy evaluation.
        var text = arn
        return text.withUTF8 { bytes -> Parts? in
            func next(_ byte: UInt8, from start: Int) -> Int? {
                var index = start
                while index < bytes.count {
                    if bytes[index] == byte { return index }
                    index += 1
                }
                return nil
            }
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
                range.count == literal.utf8CodeUnitCount
                    && range.indices.allSatisfy { bytes[$0] == literal.utf8Start[$0 - range.lowerBound] }
            }
            let colon = UInt8(ascii: ":")
            guard let first = next(colon, from: 0), let second = next(colon, from: first + 1),
                let third = next(colon, from: second + 1), let fourth = next(colon, from: third + 1),
                let fifth = next(colon, from: fourth + 1),
                equals(0..<first, "arn"), equals((first + 1)..<second, "aws")
            else { return nil }
            let service = string((second + 1)..<third)
            let account = string((fourth + 1)..<fifth)
            let resource = (fifth + 1)..<bytes.count
            guard let slash = next(UInt8(ascii: "/"), from: resource.lowerBound) else {
                return Parts(service: service, accountID: account, resourceType: string(resource), path: "/", name: "")
            }
            var lastSlash = slash
            while let later = next(UInt8(ascii: "/"), from: lastSlash + 1) { lastSlash = later }
            return Parts(service: service, accountID: account, resourceType: string(resource.lowerBound..<slash),
                         path: string(slash..<(lastSlash + 1)), name: string((lastSlash + 1)..<bytes.count))
        }
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
