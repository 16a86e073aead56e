import IAMPolicy

/// Login profiles, ChangePassword, the account password policy and the account alias in the
/// dynamic entry point; response shapes as the API reference's `LoginProfile` and
/// `PasswordPolicy` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html).
extension OperationTable {
    static let accountSettings: [OperationEntry] = [
        on(OperationInput.CreateLoginProfile.self) { service, input, caller, lab throws(ServiceError) in
            let (user, profile) = try service.createLoginProfile(userName: input.userName, password: input.password,
                                                                 passwordResetRequired: input.passwordResetRequired ?? false,
                                                                 caller: caller, in: &lab)
            return ResponseShapes.wrap("LoginProfile", loginProfile(user, profile))
        },
        on(OperationInput.GetLoginProfile.self) { service, input, caller, lab throws(ServiceError) in
            let (user, profile) = try service.getLoginProfile(userName: input.userName, caller: caller, in: lab)
            return ResponseShapes.wrap("LoginProfile", loginProfile(user, profile))
        },
        on(OperationInput.UpdateLoginProfile.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateLoginProfile(userName: input.userName, password: input.password,
                                           passwordResetRequired: input.passwordResetRequired, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteLoginProfile.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteLoginProfile(userName: input.userName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ChangePassword.self) { service, input, caller, lab throws(ServiceError) in
            try service.changePassword(oldPassword: input.oldPassword, newPassword: input.newPassword, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.UpdateAccountPasswordPolicy.self) { service, input, caller, lab throws(ServiceError) in
            let policy = PasswordPolicy(
                minimumPasswordLength: input.minimumPasswordLength ?? 6, requireSymbols: input.requireSymbols ?? false,
                requireNumbers: input.requireNumbers ?? false, requireUppercaseCharacters: input.requireUppercaseCharacters ?? false,
                requireLowercaseCharacters: input.requireLowercaseCharacters ?? false,
                allowUsersToChangePassword: input.allowUsersToChangePassword ?? false, maxPasswordAge: input.maxPasswordAge,
                passwordReusePrevention: input.passwordReusePrevention, hardExpiry: input.hardExpiry)
            try service.updateAccountPasswordPolicy(policy, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.GetAccountPasswordPolicy.self) { service, _, caller, lab throws(ServiceError) in
            ResponseShapes.wrap("PasswordPolicy", passwordPolicy(try service.getAccountPasswordPolicy(caller: caller, in: lab)))
        },
        on(OperationInput.DeleteAccountPasswordPolicy.self) { service, _, caller, lab throws(ServiceError) in
            try service.deleteAccountPasswordPolicy(caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.CreateAccountAlias.self) { service, input, caller, lab throws(ServiceError) in
            try service.createAccountAlias(input.accountAlias, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListAccountAliases.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listAccountAliases(marker: input.marker, maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("AccountAliases", page) { .string($0) }
        },
        on(OperationInput.DeleteAccountAlias.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteAccountAlias(input.accountAlias, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]

    static func loginProfile(_ user: User, _ profile: LoginProfile) -> JSONValue {
        .object(JSONObject(pairs: [
            ("UserName", .string(user.userName)), ("CreateDate", ResponseShapes.date(profile.createDate)),
            ("PasswordResetRequired", .bool(profile.passwordResetRequired)),
        ]))
    }

    static func passwordPolicy(_ policy: PasswordPolicy) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("MinimumPasswordLength", .number(JSONNumber(policy.minimumPasswordLength))),
            ("RequireSymbols", .bool(policy.requireSymbols)), ("RequireNumbers", .bool(policy.requireNumbers)),
            ("RequireUppercaseCharacters", .bool(policy.requireUppercaseCharacters)),
            ("RequireLowercaseCharacters", .bool(policy.requireLowercaseCharacters)),
            ("AllowUsersToChangePassword", .bool(policy.allowUsersToChangePassword)),
            ("ExpirePasswords", .bool(policy.maxPasswordAge != nil)),
        ]
        if let age = policy.maxPasswordAge { pairs.append(("MaxPasswordAge", .number(JSONNumber(age)))) }
        if let reuse = policy.passwordReusePrevention { pairs.append(("PasswordReusePrevention", .number(JSONNumber(reuse)))) }
        if let hardExpiry = policy.hardExpiry { pairs.append(("HardExpiry", .bool(hardExpiry))) }
        return .object(JSONObject(pairs: pairs))
    }
}
