import IAMPolicy

/// The console model the TUI and CLI drive: sign-in (root or IAM user, MFA when the user has a
/// device), Switch Role with the console's rules, role history, switch back.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// iam-semantics.md §5.4.
extension IAMService {
    /// What the console shows when a switch fails, whatever the reason.
    public static let switchRoleFailureMessage =
        "Invalid information in one or more fields. Check your information or contact your administrator."

    /// Signs in to the console of `account` (ID or alias) as its root user (`userName` nil) or as
    /// an IAM user. A user with a console password (login profile) must give it, then a user
    /// with an enabled MFA device its current code, then a user whose profile says
    /// PasswordResetRequired a new password; a successful sign-in is the password's use
    /// (PasswordLastUsed). A user without a console password signs in with the user name alone
    /// (a lab convenience: AWS has no console sign-in without a password).
    public func consoleSignIn(account: String, userName: String? = nil, password: String? = nil, mfaCode: String? = nil,
                              newPassword: String? = nil, sessionName: String = "default",
                              in lab: inout some LabRepository) throws(ServiceError) -> ConsoleSession {
        let failed = ServiceError(code: "SignInFailed", message: "Your authentication information is incorrect. Please try again.", httpStatus: 401)
        guard let found = try findAccount(account, in: lab) else { throw failed }
        let now = clock.now()
        var signIn = Caller.root(accountID: found.accountID)
        if let userName {
            guard var user = try lab.fetch(User.self, User.key(found.accountID, userName)), user.userName == userName else { throw failed }
            // A console password is checked first, as AWS's sign-in page asks for it with the
            // user name; the MFA code comes on the next page.
            if let profile = user.loginProfile {
                guard let password, !password.isEmpty else {
                    throw ServiceError(code: "PasswordRequired", message: "Enter the password of IAM user \(user.userName).", httpStatus: 401)
                }
                guard profile.matches(password) else { throw failed }
            }
            let devices = try lab.fetchAll(MFADevice.self, in: found.accountID).filter { $0.userName == user.userName }
            var mfaTime: Timestamp?
            if !devices.isEmpty {
                guard let mfaCode else {
                    throw ServiceError(code: "MFACodeRequired", message: "Enter the MFA code from your authenticator app to complete sign-in.", httpStatus: 401)
                }
                guard devices.contains(where: { isValidCode(mfaCode, for: $0) }) else { throw failed }
                mfaTime = now
            }
            if var profile = user.loginProfile {
                if profile.passwordResetRequired {
                    try resetPasswordAtSignIn(&profile, newPassword: newPassword, oldPassword: password ?? "", accountID: found.accountID, in: lab)
                }
                user.loginProfile = profile
                user.passwordLastUsed = now
                try lab.save(user)
            }
            signIn = .user(UserIdentity(accountID: found.accountID, userName: user.userName, path: user.path,
                                        authentication: .console(mfaAuthenticatedAt: mfaTime), tokenIssuedAt: now))
        }
        let session = ConsoleSession(sessionName: sessionName, signIn: signIn, signInAccountLabel: account, signedInAt: now)
        try lab.save(session)
        return session
    }

    /// The sign-in page's "change password" step for a login profile with PasswordResetRequired:
    /// without a new password the sign-in stops there; the new one must meet the account's
    /// password policy and differ from the old one.
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html
    private func resetPasswordAtSignIn(_ profile: inout LoginProfile, newPassword: String?, oldPassword: String, accountID: String,
                                       in lab: some LabRepository) throws(ServiceError) {
        guard let newPassword, !newPassword.isEmpty else {
            throw ServiceError(code: "PasswordResetRequired", message: "You must change your password to continue.", httpStatus: 401)
        }
        var check = ParameterValidator(operation: "ChangePassword")
        check.member(newPassword, at: "newPassword")
        try check.check()
        try checkPasswordPolicy(newPassword, accountID: accountID, profile: profile, in: lab)
        guard newPassword != oldPassword else {
            throw ServiceError(code: "PasswordPolicyViolation", message: "Your new password must be different from your current password.",
                               httpStatus: 400)
        }
        try profile.setPassword(newPassword, salt: ids.secretAccessKey(), at: clock.now(), rounds: passwordRounds)
        profile.passwordResetRequired = false
    }

    /// The display name the form suggests: `RoleName @ account`, cut to 64 characters.
    public static func suggestedDisplayName(role: String, account: String) -> String {
        let name = role.split(separator: "/").last.map(String.init) ?? role
        return String("\(name) @ \(account)".prefix(64))
    }

    /// Switch Role: always authorized with the original sign-in (never the active role), never
    /// with an external ID, refused for root and for path+name over 64 characters. Failure is
    /// `SwitchRoleFailed` with the console's message and, when the trust evaluation refused,
    /// the engine's explanation.
    public func switchRole(_ console: inout ConsoleSession, account: String, role: String, displayName: String? = nil,
                           color: ConsoleColor = .blue, in lab: inout some LabRepository) throws(ServiceError) {
        var failure = ServiceError(code: "SwitchRoleFailed", message: Self.switchRoleFailureMessage, httpStatus: 403)
        let trimmed = role.hasPrefix("/") ? String(role.dropFirst()) : role
        guard case .user = console.signIn, !trimmed.isEmpty, trimmed.count <= 64,
              let found = try findAccount(account, in: lab) else { throw failure }
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = components.last ?? trimmed
        let path = components.count > 1 ? "/" + components.dropLast().joined(separator: "/") + "/" : "/"
        guard let target = try lab.fetch(Role.self, Role.key(found.accountID, name)), target.path == path, target.roleName == name else {
            throw failure
        }
        let original = console.signIn
        guard case .user(let identity) = original else { throw failure }
        let decision = try evaluateTrust(role: target, caller: original, sessionName: identity.userName, in: lab)
        guard decision.isAllowed else {
            failure.explanation = decision
            throw failure
        }
        let result = try startSession(role: target, caller: original, sessionName: identity.userName,
                                      duration: min(3600, target.maxSessionDuration), sessionPolicy: nil, sessionPolicyARNs: [],
                                      mfaTime: identity.authentication.mfaAuthenticatedAt, sourceIdentity: nil, in: &lab)
        let shownName = (displayName?.isEmpty == false ? displayName : nil) ?? Self.suggestedDisplayName(role: trimmed, account: account)
        console.activeRole = ConsoleSession.ActiveRole(session: result.session, displayName: String(shownName.prefix(64)), color: color)
        let entry = SwitchRoleEntry(accountID: found.accountID, accountLabel: account, role: trimmed,
                                    displayName: String(shownName.prefix(64)), color: color)
        console.history.removeAll { $0.accountID == entry.accountID && $0.role.lowercased() == entry.role.lowercased() }
        console.history.insert(entry, at: 0)
        if console.history.count > ConsoleSession.historyLimit {
            console.history.removeLast(console.history.count - ConsoleSession.historyLimit)
        }
        try lab.save(console)
    }

    /// Switches to a role from the history menu.
    public func switchRole(_ console: inout ConsoleSession, toHistoryEntry index: Int, in lab: inout some LabRepository) throws(ServiceError) {
        guard console.history.indices.contains(index) else {
            throw ServiceError(code: "SwitchRoleFailed", message: Self.switchRoleFailureMessage, httpStatus: 403)
        }
        let entry = console.history[index]
        try switchRole(&console, account: entry.accountLabel, role: entry.role, displayName: entry.displayName, color: entry.color, in: &lab)
    }

    /// "Back to <user>": the original sign-in's permissions apply again.
    public func switchBack(_ console: inout ConsoleSession, in lab: inout some LabRepository) throws(ServiceError) {
        console.activeRole = nil
        try lab.save(console)
    }

    /// The console's current caller, with an expired role session dropped (back to the user).
    public func currentCaller(of console: inout ConsoleSession) -> Caller {
        if let active = console.activeRole, clock.now() >= active.session.expiration {
            console.activeRole = nil
        }
        return console.currentCaller
    }
}
