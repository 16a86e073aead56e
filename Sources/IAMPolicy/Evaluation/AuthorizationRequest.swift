/// One request to authorize: who, which action, on which resource, in which account, with
/// which context. Build it once per request; it pre-computes what matching needs.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/intro-structure.html#intro-structure-request
public struct AuthorizationRequest: Sendable {
    /// The caller.
    public let principal: RequestPrincipal
    /// The action, e.g. `s3:ListBucket` (matched case-insensitively).
    public let action: String
    /// The resource ARN, or `*` for actions without a resource.
    public let resource: String
    /// The account that owns the resource; `nil` means the caller's own account.
    public let resourceAccountID: String?
    /// The request context (condition keys).
    public let context: RequestContext

    /// `action` lower-cased (ASCII) as bytes, and the hash of its service prefix.
    let lowercasedAction: [UInt8]
    let serviceKey: UInt64
    let resourceBytes: [UInt8]

    /// Creates a request.
    public init(
        principal: RequestPrincipal, action: String, resource: String, resourceAccountID: String? = nil,
        context: RequestContext = RequestContext()
    ) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.resourceAccountID = resourceAccountID
        self.context = context
        // Over the contiguous UTF-8 (every authorization and simulation builds one of these).
        var text = action
        let lowered = text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for index in 0..<bytes.count { buffer[index] = GlobPattern.asciiLowercased(bytes[index]) }
                count = bytes.count
            }
        }
        self.lowercasedAction = lowered
        let prefixEnd = lowered.firstIndex(of: UInt8(ascii: ":")) ?? lowered.endIndex
        self.serviceKey = ServiceKey.hash(lowered[..<prefixEnd])
        self.resourceBytes = Array(resource.utf8)
    }

    /// Whether the resource is in the caller's account.
    public var isSameAccount: Bool {
        guard let resourceAccountID else { return true }
        return resourceAccountID == principal.accountID
    }
}

/// FNV-1a over a lower-cased service prefix: lets statements be bucketed by service without
/// hashing a `String` per policy per request.
enum ServiceKey {
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
