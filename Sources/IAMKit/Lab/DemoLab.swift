/// The demo lab of issue #8, minimally: the seed's two accounts, users in the trusted account
/// (one with a virtual MFA device, one without) in a Developers group, and the seed's
/// permissions policy in the trusting account; no role yet, so the first exercise is the
/// seed's.
public enum DemoLab {
    /// The trusting account (the seed's "production", where the role will live).
    public static let productionAccountID = "111122223333"
    /// The trusted account (the seed's 123456789012, where the users are).
    public static let developmentAccountID = "123456789012"
    /// The user with a virtual MFA device.
    public static let mfaUserName = "alice"
    /// The user without MFA.
    public static let plainUserName = "bob"
    /// The demo users' console passwords (login profiles), published on purpose: this is a
    /// training lab and `lab info` shows each while it is still the user's password. Both meet
    /// AWS's default password policy. The console's Sign in asks for them.
    public static let demoPasswords: [(userName: String, password: String)] = [
        (mfaUserName, "Alice-Console-2026"), (plainUserName, "Bob-Console-2026"),
    ]
    /// PBKDF2 rounds for the published demo passwords' digests.
    public static let demoPasswordRounds = 1_000
    /// The seed's permissions policy: list one bucket.
    public static let bucketPolicyName = "PolicyForRole"
    /// The seed's permissions policy document.
    public static let bucketPolicyDocument = """
        {
          "Version": "2012-10-17",
          "Statement": {
            "Effect": "Allow",
            "Action": "s3:ListBucket",
            "Resource": "arn:aws:s3:::example_bucket"
          }
        }
        """

    /// Fills `lab` (assumed empty) and makes production the current account.
    public static func populate(using service: IAMService, in lab: inout some LabRepository) throws(ServiceError) {
        try service.createAccount(productionAccountID, alias: "production", in: &lab)
        try service.createAccount(developmentAccountID, alias: "development", in: &lab)
        let development = Caller.root(accountID: developmentAccountID)
        let production = Caller.root(accountID: productionAccountID)
        _ = try service.createGroup(groupName: "Developers", caller: development, in: &lab)
        for name in [mfaUserName, plainUserName] {
            _ = try service.createUser(userName: name, caller: development, in: &lab)
            try service.addUserToGroup(groupName: "Developers", userName: name, caller: development, in: &lab)
        }
        // The demo passwords are published (`lab info` prints them), so a slow digest would
        // protect nothing: they get `demoPasswordRounds`, and `lab init --demo` stays instant.
        // A password set later gets the service's rounds (PasswordDigest, 210,000).
        var publishedPasswords = service
        publishedPasswords.passwordRounds = min(service.passwordRounds, demoPasswordRounds)
        for (name, password) in demoPasswords {
            try publishedPasswords.createLoginProfile(userName: name, password: password, caller: development, in: &lab)
        }

        let device = try service.createVirtualMFADevice(virtualMFADeviceName: mfaUserName, caller: development, in: &lab)
        guard let secret = Base32.decode(device.base32StringSeed) else {
            throw ServiceError(code: "ServiceFailure", message: "The demo MFA seed did not decode.", httpStatus: 500)
        }
        let totp = TOTP(secret: secret)
        let step = totp.step(at: service.clock.now())
        try service.enableMFADevice(userName: mfaUserName, serialNumber: device.serialNumber,
                                    authenticationCode1: totp.code(counter: step &- 1), authenticationCode2: totp.code(counter: step),
                                    caller: development, in: &lab)
        _ = try service.createPolicy(policyName: bucketPolicyName, policyDocument: bucketPolicyDocument,
                                     description: "The seed's permissions policy: list example_bucket", caller: production, in: &lab)
        var settings = try current(lab)
        settings.currentAccountID = productionAccountID
        try put(settings, in: &lab)
    }

    static func current(_ lab: some LabRepository) throws(ServiceError) -> LabSettings {
        do {
            return try lab.record(LabSettings.self, at: LabSettings.key) ?? LabSettings()
        } catch {
            throw ServiceError(code: "ServiceFailure", message: "\(error)", httpStatus: 500)
        }
    }

    static func put(_ settings: LabSettings, in lab: inout some LabRepository) throws(ServiceError) {
        do {
            try lab.put(settings)
        } catch {
            throw ServiceError(code: "ServiceFailure", message: "\(error)", httpStatus: 500)
        }
    }
}
