/// An account's password policy for IAM users' console passwords.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
public struct PasswordPolicy: Codable, Sendable, Equatable {
    /// Minimum length (6–128; 6 when UpdateAccountPasswordPolicy omits it).
    public var minimumPasswordLength: Int
    /// At least one of `! @ # $ % ^ & * ( ) _ + - = [ ] { } | '`.
    public var requireSymbols: Bool
    /// At least one digit.
    public var requireNumbers: Bool
    /// At least one of A–Z.
    public var requireUppercaseCharacters: Bool
    /// At least one of a–z.
    public var requireLowercaseCharacters: Bool
    /// Whether users may change their own password (ChangePassword).
    public var allowUsersToChangePassword: Bool
    /// Days a password is valid (1–1095), nil when passwords never expire.
    public var maxPasswordAge: Int?
    /// How many previous passwords may not be reused (1–24), nil for none.
    public var passwordReusePrevention: Int?
    /// Whether an expired password needs an administrator to reset it.
    public var hardExpiry: Bool?

    /// Creates a policy; the defaults are UpdateAccountPasswordPolicy's for omitted parameters.
    public init(minimumPasswordLength: Int = 6, requireSymbols: Bool = false, requireNumbers: Bool = false,
                requireUppercaseCharacters: Bool = false, requireLowercaseCharacters: Bool = false,
                allowUsersToChangePassword: Bool = false, maxPasswordAge: Int? = nil, passwordReusePrevention: Int? = nil,
                hardExpiry: Bool? = nil) {
        self.minimumPasswordLength = minimumPasswordLength
        self.requireSymbols = requireSymbols
        self.requireNumbers = requireNumbers
        self.requireUppercaseCharacters = requireUppercaseCharacters
        self.requireLowercaseCharacters = requireLowercaseCharacters
        self.allowUsersToChangePassword = allowUsersToChangePassword
        self.maxPasswordAge = maxPasswordAge
        self.passwordReusePrevention = passwordReusePrevention
        self.hardExpiry = hardExpiry
    }

    /// The symbols a password policy counts (the API reference's list for RequireSymbols).
    public static let symbols: Set<Character> = ["!", "@", "#", "$", "%", "^", "&", "*", "(", ")", "_", "+", "-", "=", "[", "]", "{", "}", "|", "'"]

    /// Whether `password` satisfies this custom policy.
    public func accepts(_ password: String) -> Bool {
        guard password.count >= minimumPasswordLength else { return false }
        if requireSymbols && !password.contains(where: { Self.symbols.contains($0) }) { return false }
        if requireNumbers && !password.contains(where: { ("0"..."9").contains($0) }) { return false }
        if requireUppercaseCharacters && !password.contains(where: { ("A"..."Z").contains($0) }) { return false }
        if requireLowercaseCharacters && !password.contains(where: { ("a"..."z").contains($0) }) { return false }
        return true
    }

    /// Whether `password` satisfies AWS's default policy, which applies while the account has
    /// no custom policy: 8–128 characters with at least three of uppercase, lowercase, numbers
    /// and the symbols `! @ # $ % ^ & * ( ) < > [ ] { } | _ + - =`.
    /// (The default policy's rule "not identical to the account name or email" has nothing to
    /// compare with in the lab.)
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html#default-policy-details
    public static func defaultPolicyAccepts(_ password: String) -> Bool {
        guard password.count >= 8 else { return false }
        let defaultSymbols: Set<Character> = ["!", "@", "#", "$", "%", "^", "&", "*", "(", ")", "<", ">", "[", "]", "{", "}", "|", "_", "+", "-", "="]
        let kinds = [
            password.contains { ("A"..."Z").contains($0) },
            password.contains { ("a"..."z").contains($0) },
            password.contains { ("0"..."9").contains($0) },
            password.contains { defaultSymbols.contains($0) },
        ]
        return kinds.filter { $0 }.count >= 3
    }
}
