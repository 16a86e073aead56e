/// A user's console password (login profile). The password itself is never stored: only a
/// salted digest (`PasswordDigest`: PBKDF2-HMAC-SHA256, or HMAC-SHA1 in labs written before
/// 2026-12-07), enough for the lab's ChangePassword and console sign-in to check it.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_LoginProfile.html
public struct LoginProfile: Codable, Sendable, Equatable {
    /// When the password was first set (CreateLoginProfile).
    public var createDate: Timestamp
    /// Whether the user must choose a new password at the next sign-in.
    public var passwordResetRequired: Bool
    /// Hex salt of the digest.
    public var salt: String
    /// The password's digest under `salt`, in one of `PasswordDigest`'s formats.
    public var passwordDigest: String
    /// Earlier passwords' (salt, digest), newest first, for PasswordReusePrevention (at most 24).
    public var previousPasswords: [[String]] = []
    /// When the password was last changed (UpdateLoginProfile, ChangePassword); nil while it is
    /// the one CreateLoginProfile set (the credential report's `password_last_changed`).
    public var passwordChangedDate: Timestamp?

    /// A profile for `password`, salted with `salt`, digested with `rounds` PBKDF2 iterations;
    /// fails when the digest cannot be made (an empty password or salt).
    public init(password: String, salt: String, createDate: Timestamp, passwordResetRequired: Bool,
                rounds: Int = PasswordDigest.rounds) throws(ServiceError) {
        self.createDate = createDate
        self.passwordResetRequired = passwordResetRequired
        self.salt = salt
        self.passwordDigest = try Self.digest(password, salt: salt, rounds: rounds)
    }

    /// Whether `password` is the profile's password.
    public func matches(_ password: String) -> Bool {
        PasswordDigest.verify(password, salt: salt, digest: passwordDigest)
    }

    /// Replaces the password (keeps the creation date, as AWS does).
    public mutating func setPassword(_ password: String, salt: String, at now: Timestamp,
                                     rounds: Int = PasswordDigest.rounds) throws(ServiceError) {
        let digest = try Self.digest(password, salt: salt, rounds: rounds)
        passwordChangedDate = now
        previousPasswords.insert([self.salt, passwordDigest], at: 0)
        previousPasswords = Array(previousPasswords.prefix(24))
        self.salt = salt
        self.passwordDigest = digest
    }

    /// Whether `password` is the current one or one of the `count - 1` before it (AWS counts
    /// the current password among the remembered ones).
    public func matchesRecent(_ password: String, count: Int) -> Bool {
        if matches(password) { return true }
        return previousPasswords.prefix(max(0, count - 1)).contains { pair in
            pair.count == 2 && PasswordDigest.verify(password, salt: pair[0], digest: pair[1])
        }
    }

    private static func digest(_ password: String, salt: String, rounds: Int) throws(ServiceError) -> String {
        guard let digest = PasswordDigest.make(password, salt: salt, rounds: rounds) else {
            throw ServiceError.serviceFailure("The password digest could not be computed.")
        }
        return digest
    }
}
