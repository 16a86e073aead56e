/// GetSessionToken, GetCallerIdentity, and turning lab-issued credentials back into a caller.
/// Sources: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html,
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
extension IAMService {
    /// What GetCallerIdentity returns.
    public struct CallerIdentity: Sendable, Hashable {
        /// `AIDA…` for users, `<RoleId>:<session>` for role sessions, the account ID for root.
        public var userID: String
        /// The account.
        public var account: String
        /// The caller's ARN.
        public var arn: String
    }

    /// GetCallerIdentity: needs no permission, works even under an explicit deny.
    public func getCallerIdentity(caller: Caller, in lab: some LabRepository) throws(ServiceError) -> CallerIdentity {
        try checkNotExpired(caller)
        switch caller {
        case .root(let accountID):
            return CallerIdentity(userID: accountID, account: accountID, arn: IAMARN.root(accountID))
        case .user(let identity):
            let user = try lab.fetch(User.self, User.key(identity.accountID, identity.userName))
            return CallerIdentity(userID: user?.userID ?? identity.userName, account: identity.accountID, arn: user?.arn ?? identity.arn)
        case .roleSession(let session):
            return CallerIdentity(userID: session.assumedRoleID, account: session.accountID, arn: session.arn)
        }
    }

    /// GetSessionToken: temporary credentials for an IAM user (optionally MFA-authenticated);
    /// 900–129,600 seconds, default 43,200 (root: at most 3,600). Not callable from a role session.
    public func getSessionToken(durationSeconds: Int? = nil, serialNumber: String? = nil, tokenCode: String? = nil,
                                caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> AccessKey {
        var check = ParameterValidator(operation: "GetSessionToken")
        check.member(durationSeconds, at: "durationSeconds")
        check.member(serialNumber, at: "serialNumber")
        check.member(tokenCode, at: "tokenCode")
        try check.check()
        try checkNotExpired(caller)
        let now = clock.now()
        switch caller {
        case .roleSession:
            throw ServiceError.accessDenied("Cannot call GetSessionToken with session credentials")
        case .root(let accountID):
            if let durationSeconds, durationSeconds > 3600 {
                throw ServiceError.validation("The requested DurationSeconds exceeds the 1 hour session limit for the root user.")
            }
            let key = AccessKey(accessKeyID: ids.accessKeyID(temporary: true), secretAccessKey: ids.secretAccessKey(), createDate: now,
                                owner: .userSession(accountID: accountID, userName: "", mfaAuthenticatedAt: nil),
                                sessionToken: ids.sessionToken(), expiration: now.adding(seconds: Int64(durationSeconds ?? 3600)))
            try lab.save(key)
            return key
        case .user(let identity):
            let mfaTime = try verifyMFA(serialNumber: serialNumber, tokenCode: tokenCode, caller: caller, in: lab)
            let key = AccessKey(accessKeyID: ids.accessKeyID(temporary: true), secretAccessKey: ids.secretAccessKey(), createDate: now,
                                owner: .userSession(accountID: identity.accountID, userName: identity.userName, mfaAuthenticatedAt: mfaTime),
                                sessionToken: ids.sessionToken(), expiration: now.adding(seconds: Int64(durationSeconds ?? 43200)))
            try lab.save(key)
            return key
        }
    }

    /// The caller that lab-issued credentials stand for. Unknown or inactive keys are
    /// `InvalidClientTokenId`, a wrong secret `SignatureDoesNotMatch`, expired temporary
    /// credentials `ExpiredToken`.
    public func caller(accessKeyID: String, secretAccessKey: String? = nil, sessionToken: String? = nil,
                       in lab: some LabRepository) throws(ServiceError) -> Caller {
        guard let key = try lab.fetch(AccessKey.self, AccessKey.key(accessKeyID)), key.status == "Active" else {
            throw ServiceError.invalidClientTokenID
        }
        if let secretAccessKey, secretAccessKey != key.secretAccessKey {
            throw ServiceError(code: "SignatureDoesNotMatch",
                               message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                               httpStatus: 403)
        }
        if let expected = key.sessionToken, let sessionToken, sessionToken != expected {
            throw ServiceError.invalidClientTokenID
        }
        if let expiration = key.expiration, clock.now() >= expiration {
            throw ServiceError.expiredToken
        }
        // Temporary credentials are valid only from their issue time (a lab clock moved back
        // with ROLECALL_NOW must not revive them).
        if key.expiration != nil, clock.now() < key.createDate {
            throw ServiceError.usedBeforeIssue(issuedAt: key.createDate, now: clock.now())
        }
        switch key.owner {
        case .root(let accountID):
            return .root(accountID: accountID)
        case .user(let accountID, let userName):
            let path = try lab.fetch(User.self, User.key(accountID, userName))?.path ?? "/"
            return .user(UserIdentity(accountID: accountID, userName: userName, path: path, authentication: .longTermKey))
        case .userSession(let accountID, let userName, let mfaTime):
            if userName.isEmpty { return .root(accountID: accountID) }
            let path = try lab.fetch(User.self, User.key(accountID, userName))?.path ?? "/"
            return .user(UserIdentity(accountID: accountID, userName: userName, path: path, authentication: .sessionToken(mfaAuthenticatedAt: mfaTime),
                                      tokenIssuedAt: key.createDate))
        case .roleSession(let session):
            return .roleSession(session)
        }
    }
}
