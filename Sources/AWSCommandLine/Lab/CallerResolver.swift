import IAMKit

/// Decides who is calling, as issue #4 "Who is calling" describes: credentials the lab issued
/// (environment or a saved profile) act as their user or session; without credentials the
/// root user of `--account` or of the lab's current account acts.
struct CallerResolver {
    /// Environment variables (`AWS_ACCESS_KEY_ID`, ...).
    let variables: [String: String]
    /// Global options (`--account`, `--profile`).
    let options: GlobalOptions
    /// The lab's clock: expirations compare with it, never with the wall clock.
    let now: Timestamp
    /// The store path, for hints.
    let storePath: String
    /// Keys from a profile file or an assumed role profile's session (they replace the
    /// environment's).
    var profileKeys: StaticCredentials?

    /// The caller for one command.
    func resolve(in lab: some LabRepository) throws(CommandError) -> Caller {
        var keyID = variables["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
        var secret = variables["AWS_SECRET_ACCESS_KEY"]
        var token = variables["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        if let profileKeys {
            keyID = profileKeys.accessKeyID
            secret = profileKeys.secretAccessKey
            token = profileKeys.sessionToken
        } else if let name = options.profile {
            guard let profile = try load(SavedProfile.self, SavedProfile.key(name), in: lab) else {
                throw .other("The config profile (\(name)) could not be found")
            }
            keyID = profile.accessKeyID
            secret = profile.secretAccessKey
            token = profile.sessionToken
        }
        guard let keyID else { return try root(in: lab) }
        let caller = try credentials(keyID: keyID, secret: secret, token: token, in: lab)
        if let account = options.account {
            // The AWS CLI has no --account: credentials decide who calls. Ignoring the flag
            // silently would run every later command as the credentials' identity.
            let profileName: String? = switch options.credentials {
            case .keys(_, let name)?: name
            case .role(let role)?: role.profileName
            case nil: options.profile
            }
            let source = profileName.map { "profile \($0)" } ?? "AWS_ACCESS_KEY_ID=\(keyID)"
            let drop = profileName == nil
                ? "unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN"
                : "leave out --profile \(profileName ?? "") (and unset AWS_PROFILE)"
            throw .badValue("rolecall: --account \(account) cannot be used with credentials: \(source) acts as \(caller.arn). "
                + "Leave out --account to act as that identity, or \(drop) to act as the root user of \(account).")
        }
        return caller
    }

    /// The identity lab-issued credentials act as; unknown, wrong or expired ones fail as AWS fails them.
    private func credentials(keyID: String, secret: String?, token: String?, in lab: some LabRepository) throws(CommandError) -> Caller {
        guard let key = try load(AccessKey.self, AccessKey.key(keyID), in: lab), key.status == "Active",
              key.sessionToken == token
        else {
            throw .service(ServiceFailure(code: "InvalidClientTokenId", message: "The security token included in the request is invalid.",
                                          httpStatus: 403,
                                          explanation: nil, hint: "rolecall: the lab at \(storePath) did not issue access key \(keyID) (or its session token differs). "
                                              + "Unset AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN to act as the account's root user."),
                           operation: "")
        }
        guard key.secretAccessKey == secret else {
            throw .service(ServiceFailure(code: "SignatureDoesNotMatch",
                                          message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                                          httpStatus: 403), operation: "")
        }
        if let expiration = key.expiration, expiration <= now {
            throw .service(ServiceFailure(code: "ExpiredToken", message: "The security token included in the request is expired", httpStatus: 403), operation: "")
        }
        switch key.owner {
        case .root(let accountID):
            return .root(accountID: accountID)
        case .user(let accountID, let userName):
            let user = try load(User.self, User.key(accountID, userName), in: lab)
            return .user(UserIdentity(accountID: accountID, userName: userName, path: user?.path ?? "/", authentication: .longTermKey))
        case .userSession(let accountID, let userName, let mfaAt):
            let user = try load(User.self, User.key(accountID, userName), in: lab)
            return .user(UserIdentity(accountID: accountID, userName: userName, path: user?.path ?? "/",
                                      authentication: .sessionToken(mfaAuthenticatedAt: mfaAt)))
        case .roleSession(let session):
            return .roleSession(session)
        }
    }

    /// The root user of `--account` or of the lab's current account.
    func root(in lab: some LabRepository) throws(CommandError) -> Caller {
        .root(accountID: try accountID(in: lab))
    }

    /// The account a credential-less command acts in: `--account` names it by ID or by alias
    /// (`development`), as console sign-in does; unknown accounts are an error, never created.
    func accountID(in lab: some LabRepository) throws(CommandError) -> String {
        if let account = options.account {
            let accounts: [Account]
            do {
                accounts = try lab.records(Account.self, in: RecordKey.labScope)
            } catch {
                throw .other("rolecall: \(error)")
            }
            if let found = accounts.first(where: { $0.accountID == account }) ?? accounts.first(where: { $0.alias == account }) {
                return found.accountID
            }
            let known = accounts.map { account in account.alias.map { "\(account.accountID) (\($0))" } ?? account.accountID }
            var message = "rolecall: account \(account) is not in the lab at \(storePath). "
            message += known.isEmpty ? "The lab has no accounts yet." : "The lab's accounts: \(known.joined(separator: ", "))."
            if Account.isAccountID(account) {
                message += " Add it with: rolecall lab add-account --account-id \(account)"
            }
            throw .other(message)
        }
        guard let current = try load(LabSettings.self, LabSettings.key, in: lab)?.currentAccountID else {
            throw .other("rolecall: the lab at \(storePath) has no account yet. "
                + "Create one with: rolecall lab init --demo  (or: rolecall lab add-account --account-id ID)")
        }
        return current
    }

    private func load<R: LabRecord>(_ type: R.Type, _ key: RecordKey, in lab: some LabRepository) throws(CommandError) -> R? {
        do {
            return try lab.record(type, at: key)
        } catch {
            throw .other("rolecall: \(error)")
        }
    }
}
