/// IAM's checks of `Resource`/`NotResource` strings, with AWS's texts.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
enum ResourceFormat {
    static let partitions: Set<Substring> = [
        "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc",
    ]
    static let iamResourceTypes = [
        "user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/", "server-certificate/", "policy/",
        "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/",
    ]

    /// The common case, decided without allocating: `arn:aws:<service>:…` for a service other
    /// than IAM and S3 (whose region rules need the full check), with six parts.
    static func isPlainARN(_ resource: String) -> Bool {
        var resource = resource
        // One pass over contiguous bytes: this runs for every resource of every parsed policy.
        return resource.withUTF8 { bytes -> Bool in
            let prefix: StaticString = "arn:aws:"
            let prefixCount = prefix.utf8CodeUnitCount
            guard bytes.count > prefixCount else { return false }
            for offset in 0..<prefixCount where bytes[offset] != prefix.utf8Start[offset] { return false }
            var colons = 2
            var serviceEnd = -1
            var index = prefixCount
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") {
                    colons += 1
                    if colons == 3 { serviceEnd = index }
                } else if colons == 2, byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") {
                    return false
                }
                index += 1
            }
            guard colons >= 5, serviceEnd > prefixCount else { return false }
            let serviceCount = serviceEnd - prefixCount
            func serviceIs(_ name: StaticString) -> Bool {
                guard serviceCount == name.utf8CodeUnitCount else { return false }
                for offset in 0..<serviceCount where bytes[prefixCount + offset] != name.utf8Start[offset] { return false }
                return true
            }
            if serviceIs("iam") { return false }
            // S3 resources are plain when the region is empty (the usual `arn:aws:s3:::bucket/key`).
            if serviceIs("s3") { return bytes[serviceEnd + 1] == UInt8(ascii: ":") }
            return true
        }
    }

    /// IAM's "legacy parser" rejects an ARN with an empty segment (`::`) but fewer than six parts.
    static func failsLegacyParsing(_ resource: String) -> Bool {
        guard resource != "*" else { return false }
        var resource = resource
        // Over contiguous bytes: this runs for every resource of every parsed policy.
        return resource.withUTF8 { bytes in
            var colons = 0
            var emptySegment = false
            var previousWasColon = false
            for byte in bytes {
                let isColon = byte == UInt8(ascii: ":")
                if isColon {
                    colons += 1
                    if previousWasColon { emptySegment = true }
                }
                previousWasColon = isColon
            }
            return colons < 5 && emptySegment
        }
    }

    /// AWS's message for a malformed resource, or `nil` when IAM accepts it.
    static func error(for resource: String) -> String? {
        guard resource != "*" else { return nil }
        if isPlainARN(resource) { return nil }
        let parts = resource.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count > 1, parts[0] == "arn" else { return "Resource \(resource) must be in ARN format or \"*\"." }
        let partition = parts[1]
        if partition != "*", !partitions.contains(partition) {
            // Mirrors how IAM echoes the ARN back, padding missing parts with `*`.
            let rest = parts.count > 2 ? resource.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)[2]
                .split(separator: ":", omittingEmptySubsequences: false) : [""]
            let first = !rest[0].isEmpty || rest.count > 1 ? rest[0] : "*"
            let second = rest.count > 1 ? rest[1] : "*"
            let third = rest.count > 2 ? rest[2] : "*"
            let fourth = rest.count > 3 ? rest[3...].joined(separator: ":") : "*"
            return "Partition \"\(partition)\" is not valid for resource \"arn:\(partition):\(first):\(second):\(third):\(fourth)\"."
        }
        guard parts.count > 2 else { return "Resource vendor must be fully qualified and cannot contain regexes." }
        let service = parts[2]
        if service.isEmpty || service.contains("*") || service.contains("?") {
            return "Resource vendor must be fully qualified and cannot contain regexes."
        }
        let region = parts.count > 3 ? parts[3] : ""
        let resourcePart = parts.count > 5 ? parts[5] : ""
        if service == "iam" {
            if !region.isEmpty { return "IAM resource \(resource) cannot contain region information." }
            if parts.count > 5, !resourcePart.hasPrefix("*"), !iamResourceTypes.contains(where: { resourcePart.hasPrefix($0) }) {
                return "IAM resource path must either be \"*\" or start with \(iamResourceTypes.joined(separator: ", "))."
            }
        }
        if service == "s3", !region.isEmpty, !resourcePart.hasPrefix("accesspoint/") {
            return "Resource \(resource) can not contain region information."
        }
        return nil
    }
}

/// Which `"AWS"` principal strings IAM accepts: `*`, an account ID, an IAM/STS ARN naming an
/// account, user, role, role session or federated user, or a unique ID (`AIDA…`, `AROA…`).
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
enum PrincipalFormat {
    static func isValidAWSPrincipal(_ value: String) -> Bool {
        if value == "*" || isAccountID(value) || isUniqueID(value) { return true }
        guard let arn = ARN(value), !value.contains("*"), !value.contains("?") else { return false }
        guard isAccountID(arn.account), arn.region.isEmpty else { return false }
        switch arn.service {
        case "iam":
            return arn.resource == "root" || arn.resource.hasPrefix("user/") || arn.resource.hasPrefix("role/")
                || arn.resource.hasPrefix("federated-user/")
        case "sts":
            return arn.resource.hasPrefix("assumed-role/") || arn.resource.hasPrefix("federated-user/")
        default:
            return false
        }
    }

    static func isAccountID<S: StringProtocol>(_ value: S) -> Bool {
        value.utf8.count == 12 && value.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// IAM unique IDs: four upper-case letters naming the kind (`AIDA`, `AROA`, …) then upper-case
    /// letters and digits, 16–128 characters in all.
    static func isUniqueID(_ value: String) -> Bool {
        let count = value.utf8.count
        return count >= 16 && count <= 128 && value.utf8.first == UInt8(ascii: "A")
            && value.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }
}
