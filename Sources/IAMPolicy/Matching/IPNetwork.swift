/// An IPv4 or IPv6 CIDR block (a bare address is a /32 or /128), for `IpAddress`/`NotIpAddress`.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
struct IPNetwork: Sendable, Hashable {
    /// Whether this is an IPv6 block.
    let isIPv6: Bool
    /// The address as 128 bits (IPv4 in the low 32 bits of `low`).
    let high: UInt64
    let low: UInt64
    let prefixLength: Int

    /// Parses `address` or `address/prefix`.
    init?(_ text: String) {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let address = IPNetwork.parseAddress(pieces[0]) else { return nil }
        let maximum = address.isIPv6 ? 128 : 32
        var length = maximum
        if pieces.count == 2 {
            guard let parsed = Int(pieces[1]), (0...maximum).contains(parsed), !pieces[1].hasPrefix("+") else { return nil }
            length = parsed
        }
        self.isIPv6 = address.isIPv6
        self.high = address.high
        self.low = address.low
        self.prefixLength = length
    }

    /// Whether `address` (a bare IP) lies inside this block; IPv4 and IPv6 never match each other.
    func contains(_ address: String) -> Bool {
        guard let parsed = IPNetwork.parseAddress(Substring(address)), parsed.isIPv6 == isIPv6 else { return false }
        if !isIPv6 {
            let mask: UInt64 = prefixLength == 0 ? 0 : (~UInt64(0) << UInt64(32 - prefixLength)) & 0xFFFF_FFFF
            return parsed.low & mask == low & mask
        }
        let highMask: UInt64 = prefixLength >= 64 ? ~0 : (prefixLength == 0 ? 0 : ~UInt64(0) << UInt64(64 - prefixLength))
        let lowBits = prefixLength - 64
        let lowMask: UInt64 = lowBits <= 0 ? 0 : (lowBits >= 64 ? ~0 : ~UInt64(0) << UInt64(64 - lowBits))
        return parsed.high & highMask == high & highMask && parsed.low & lowMask == low & lowMask
    }

    static func parseAddress(_ text: Substring) -> (isIPv6: Bool, high: UInt64, low: UInt64)? {
        if text.contains(":") {
            guard let (high, low) = parseIPv6(text) else { return nil }
            return (true, high, low)
        }
        guard let value = parseIPv4(text) else { return nil }
        return (false, 0, UInt64(value))
    }

    static func parseIPv4(_ text: Substring) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = UInt32(octet), number <= 255
            else { return nil }
            value = value << 8 | number
        }
        return value
    }

    /// Parses RFC 4291 text forms, including `::` compression and a trailing dotted IPv4.
    static func parseIPv6(_ text: Substring) -> (UInt64, UInt64)? {
        var groups: [UInt16] = []
        var tailGroups: [UInt16] = []
        var sawCompression = false
        let halves = text.components(separatedByDoubleColon: ())
        guard halves.count <= 2 else { return nil }
        sawCompression = halves.count == 2
        func parseGroups(_ part: Substring, allowIPv4Tail: Bool) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if allowIPv4Tail, index == pieces.count - 1, piece.contains(".") {
                    guard let v4 = parseIPv4(piece) else { return nil }
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                } else {
                    guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                    result.append(value)
                }
            }
            return result
        }
        guard let head = parseGroups(halves[0], allowIPv4Tail: !sawCompression) else { return nil }
        groups = head
        if sawCompression {
            guard let tail = parseGroups(halves[1], allowIPv4Tail: true) else { return nil }
            tailGroups = tail
            guard groups.count + tailGroups.count <= 7 else { return nil }
            groups += Array(repeating: 0, count: 8 - groups.count - tailGroups.count) + tailGroups
        }
        guard groups.count == 8 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<4 { high = high << 16 | UInt64(groups[index]) }
        for index in 4..<8 { low = low << 16 | UInt64(groups[index]) }
        return (high, low)
    }
}

extension Substring {
    /// Splits at the first `::` only (a second `::` makes three parts, which is invalid).
    fileprivate func components(separatedByDoubleColon: ()) -> [Substring] {
        var parts: [Substring] = []
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let next = self.index(after: index)
            if self[index] == ":", next < endIndex, self[next] == ":" {
                parts.append(self[start..<index])
                start = self.index(after: next)
                index = start
                continue
            }
            index = next
        }
        parts.append(self[start..<endIndex])
        return parts
    }
}
