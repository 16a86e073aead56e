/// Console passwords: CreateLoginProfile, GetLoginProfile, UpdateLoginProfile,
/// DeleteLoginProfile and ChangePassword, each checked against the account password policy.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateLoginProfile.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteLoginProfile.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
extension IAMService {
    /// CreateLoginProfile; without a user name, the calling user's.
    @discardableResult
    public func createLoginProfile(userName: String?, password: String?, passwordResetRequired: Bool = false,
                                   caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> (User, LoginProfile) {
        var check = ParameterValidator(operation: "CreateLoginProfile")
        check.member(userName, at: "userName")
        check.member(password, at: "password")
        try check.check()
        let name = try targetUserName(userName, caller: caller)
        var user = try requireUser(name, action: "iam:CreateLoginProfile", caller: caller, in: lab)
        if user.loginProfile != nil {
            throw ServiceError.entityAlreadyExists("Login Profile for user \(user.userName) already exists.")
        }
        // The model marks Password optional only for AssumeRoot sessions, which the lab has not.
        guard let password else { throw ServiceError.validation("Password is required unless the call is made with an AssumeRoot session.") }
        try checkPasswordPolicy(password, accountID: user.accountID, in: lab)
        let profile = try LoginProfile(password: password, salt: ids.secretAccessKey(), createDate: clock.now(),
                                   passwordResetRequired: passwordResetRequired, rounds: passwordRounds)
        user.loginProfile = profile
        try lab.save(user)
        return (user, profile)
    }

    /// GetLoginProfile; without a user name, the calling user's.
    public func getLoginProfile(userName: String?, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> (User, LoginProfile) {
        var check = ParameterValidator(operation: "GetLoginProfile")
        check.member(userName, at: "userName")
        try check.check()
        let user = try requireUser(try targetUserName(userName, caller: caller), action: "iam:GetLoginProfile", caller: caller, in: lab)
        return (user, try requireLoginProfile(of: user))
    }

    /// UpdateLoginProfile: a new password and/or the reset flag.
    public func updateLoginProfile(userName: String, password: String?, passwordResetRequired: Bool?,
                                   caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateLoginProfile")
        check.member(userName, at: "userName")
        check.member(password, at: "password")
        try check.check()
        var user = try requireUser(userName, action: "iam:UpdateLoginProfile", caller: caller, in: lab)
        var profile = try requireLoginProfile(of: user)
        if let password {
            try checkPasswordPolicy(password, accountID: user.accountID, profile: profile, in: lab)
            try profile.setPassword(password, salt: ids.secretAccessKey(), at: clock.now(), rounds: passwordRounds)
        }
        if let passwordResetRequired { profile.passwordResetRequired = passwordResetRequired }
        user.loginProfile = profile
        try lab.save(user)
    }

    /// DeleteLoginProfile.
    public func deleteLoginProfile(userName: String?, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "DeleteLoginProfile")
        check.member(userName, at: "userName")
        try check.check()
        var user = try requireUser(try targetUserName(userName, caller: caller), action: "iam:DeleteLoginProfile", caller: caller, in: lab)
        _ = try requireLoginProfile(of: user)
        user.loginProfile = nil
        try lab.save(user)
    }

    /// ChangePassword: the calling IAM user changes their own password. With the account
    /// policy's AllowUsersToChangePassword, every user may (an explicit Deny still refuses);
    /// otherwise the user's policies must allow `iam:ChangePassword` on their own ARN.
    public func changePassword(oldPassword: String, newPassword: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "ChangePassword")
        check.member(oldPassword, at: "oldPassword")
        check.member(newPassword, at: "newPassword")
        try check.check()
        guard case .user(let identity) = caller else {
            throw ServiceError(code: "InvalidUserType", message: "The request was rejected because the type of user for the transaction was incorrect.",
                               httpStatus: 400)
        }
        guard var user = try lab.fetch(User.self, User.key(identity.accountID, identity.userName)) else {
            throw ServiceError.noSuchEntity("The user with name \(identity.userName) cannot be found.")
        }
        let policy = try lab.fetch(Account.self, Account.key(user.accountID))?.passwordPolicy
        let values = RequestValues(tags: TagConditions(resourceTags: user.tags))
        if policy?.allowUsersToChangePassword == true {
            let context = try requestContext(for: caller, action: "iam:ChangePassword", values: values, in: lab)
            let decision = try evaluateIdentity(caller, action: "iam:ChangePassword", resource: user.arn, context: context, in: lab, explain: false)
            if decision.outcome == .explicitDeny { try authorize(caller, "iam:ChangePassword", on: user.arn, values: values, in: lab) }
        } else {
            try authorize(caller, "iam:ChangePassword", on: user.arn, values: values, in: lab)
        }
        guard var profile = user.loginProfile else {
            throw ServiceError.noSuchEntity("Login Profile for User \(user.userName) cannot be found.")
        }
        // A wrong current password is refused as the console refuses it: not authorized.
        guard profile.matches(oldPassword) else {
            throw ServiceError.accessDenied("User: \(user.arn) is not authorized to perform: iam:ChangePassword on resource: \(user.arn)")
        }
        try checkPasswordPolicy(newPassword, accountID: user.accountID, profile: profile, in: lab)
        try profile.setPassword(newPassword, salt: ids.secretAccessKey(), at: clock.now(), rounds: passwordRounds)
        profile.passwordResetRequired = false
        user.loginProfile = profile
        try lab.save(user)
    }

    /// The user a call without UserName acts on: the calling user; root and role sessions must name one.
    private func targetUserName(_ userName: String?, caller: Caller) throws(ServiceError) -> String {
        guard let name = userName ?? IAMService.callerUserName(caller) else {
            throw ServiceError.validation("Must specify userName when calling with non-User credentials")
        }
        return name
    }

    private func requireLoginProfile(of user: User) throws(ServiceError) -> LoginProfile {
        guard let profile = user.loginProfile else {
            throw ServiceError.noSuchEntity("Login Profile for User \(user.userName) cannot be found.")
        }
        return profile
    }

    /// PasswordPolicyViolation unless `password` meets the account's custom policy (or AWS's
    /// default policy when there is none), and is not one of the last passwords the policy's
    /// PasswordReusePrevention forbids.
    func checkPasswordPolicy(_ password: String, accountID: String, profile: LoginProfile? = nil,
                             in lab: some LabRepository) throws(ServiceError) {
        let policy = try lab.fetch(Account.self, Account.key(accountID))?.passwordPolicy
        let accepted = policy.map { $0.accepts(password) } ?? PasswordPolicy.defaultPolicyAccepts(password)
        var reused = false
        if let profile, let remembered = policy?.passwordReusePrevention {
            reused = profile.matchesRecent(password, count: remembered)
        }
        guard accepted, !reused else {
            throw ServiceError(code: "PasswordPolicyViolation", message: "Password does not conform to the account password policy.",
                               httpStatus: 400)
        }
    }
}
