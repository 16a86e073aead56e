import IAMPolicy

/// Login profiles, ChangePassword, the account password policy and the account alias in the
/// dynamic entry point; response shapes as the API reference's `LoginProfile` and
/// `PasswordPolicy` (https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html).
extension OperationTable {
    static let accountSettings: [String: OperationHandler] = [
        "CreateLoginProfile": { service, p, caller, lab throws(ServiceError) in
            let (user, profile) = try service.createLoginProfile(userName: p.string("UserName"), password: p.string("Password"),
                                                                 passwordResetRequired: p.bool("PasswordResetRequired") ?? false,
                                                                 caller: caller, in: &lab)
            return ResponseShapes.wrap("LoginProfile", loginProfile(user, profile))
        },
        "GetLoginProfile": { service, p, caller, lab throws(ServiceError) in
            let (user, profile) = try service.getLoginProfile(userName: p.string("UserName"), caller: caller, in: lab)
            return ResponseShapes.wrap("LoginProfile", loginProfile(user, profile))
        },
        "UpdateLoginProfile": { service, p, caller, lab throws(ServiceError) in
            try service.updateLoginProfile(userName: p.required("UserName"), password: p.string("Password"),
                                           passwordResetRequired: p.bool("PasswordResetRequired"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteLoginProfile": { service, p, caller, lab throws(ServiceError) in
            try service.deleteLoginProfile(userName: p.string("UserName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ChangePassword": { service, p, caller, lab throws(ServiceError) in
            try service.changePassword(oldPassword: p.required("OldPassword"), newPassword: p.required("NewPassword"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "UpdateAccountPasswordPolicy": { service, p, caller, lab throws(ServiceError) in
            let policy = PasswordPolicy(
                minimumPasswordLength: try p.int("MinimumPasswordLength") ?? 6, requireSymbols: try p.bool("RequireSymbols") ?? false,
                requireNumbers: try p.bool("RequireNumbers") ?? false, requireUppercaseCharacters: try p.bool("RequireUppercaseCharacters") ?? false,
                requireLowercaseCharacters: try p.bool("RequireLowercaseCharacters") ?? false,
                allowUsersToChangePassword: try p.bool("AllowUsersToChangePassword") ?? false, maxPasswordAge: try p.int("MaxPasswordAge"),
                passwordReusePrevention: try p.int("PasswordReusePrevention"), hardExpiry: try p.bool("HardExpiry"))
            try service.updateAccountPasswordPolicy(policy, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "GetAccountPasswordPolicy": { service, _, caller, lab throws(ServiceError) in
            ResponseShapes.wrap("PasswordPolicy", passwordPolicy(try service.getAccountPasswordPolicy(caller: caller, in: lab)))
        },
        "DeleteAccountPasswordPolicy": { service, _, caller, lab throws(ServiceError) in
            try service.deleteAccountPasswordPolicy(caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "CreateAccountAlias": { service, p, caller, lab throws(ServiceError) in
            try service.createAccountAlias(p.required("AccountAlias"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListAccountAliases": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listAccountAliases(marker: p.string("Marker"), maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("AccountAliases", page) { .string($0) }
        },
        "DeleteAccountAlias": { service, p, caller, lab throws(ServiceError) in
            try service.deleteAccountAlias(p.required("AccountAlias"), caller: caller, in: &lab)
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
