/// The session's record form. Session tags came later than the record: a store written before
/// them has no `tags`/`transitiveTagKeys`, so both decode as empty when absent, and a session
/// without tags writes neither (older readers and diffs of a lab see the record unchanged).
extension RoleSession {
    enum CodingKeys: String, CodingKey {
        case accountID, roleName, rolePath, roleID, sessionName, issuedAt, expiration, sessionPolicy, sessionPolicyARNs
        case mfaAuthenticatedAt, sourceIdentity, sourceIdentityARN, isChained, tags, transitiveTagKeys
    }

    /// Decodes a session, old (no session tags) or new.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        accountID = try container.decode(String.self, forKey: .accountID)
        roleName = try container.decode(String.self, forKey: .roleName)
        rolePath = try container.decode(String.self, forKey: .rolePath)
        roleID = try container.decode(String.self, forKey: .roleID)
        sessionName = try container.decode(String.self, forKey: .sessionName)
        issuedAt = try container.decode(Timestamp.self, forKey: .issuedAt)
        expiration = try container.decode(Timestamp.self, forKey: .expiration)
        sessionPolicy = try container.decodeIfPresent(String.self, forKey: .sessionPolicy)
        sessionPolicyARNs = try container.decode([String].self, forKey: .sessionPolicyARNs)
        mfaAuthenticatedAt = try container.decodeIfPresent(Timestamp.self, forKey: .mfaAuthenticatedAt)
        sourceIdentity = try container.decodeIfPresent(String.self, forKey: .sourceIdentity)
        sourceIdentityARN = try container.decode(String.self, forKey: .sourceIdentityARN)
        isChained = try container.decode(Bool.self, forKey: .isChained)
        tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
        transitiveTagKeys = try container.decodeIfPresent([String].self, forKey: .transitiveTagKeys) ?? []
    }

    /// Encodes the session; empty session-tag fields are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(accountID, forKey: .accountID)
        try container.encode(roleName, forKey: .roleName)
        try container.encode(rolePath, forKey: .rolePath)
        try container.encode(roleID, forKey: .roleID)
        try container.encode(sessionName, forKey: .sessionName)
        try container.encode(issuedAt, forKey: .issuedAt)
        try container.encode(expiration, forKey: .expiration)
        try container.encodeIfPresent(sessionPolicy, forKey: .sessionPolicy)
        try container.encode(sessionPolicyARNs, forKey: .sessionPolicyARNs)
        try container.encodeIfPresent(mfaAuthenticatedAt, forKey: .mfaAuthenticatedAt)
        try container.encodeIfPresent(sourceIdentity, forKey: .sourceIdentity)
        try container.encode(sourceIdentityARN, forKey: .sourceIdentityARN)
        try container.encode(isChained, forKey: .isChained)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        if !transitiveTagKeys.isEmpty { try container.encode(transitiveTagKeys, forKey: .transitiveTagKeys) }
    }
}
