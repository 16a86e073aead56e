/// Another page's request to fill the Sign in form: the Create role wizard's "Try it" while the
/// console is signed in as root, who cannot switch roles, names the account and user to try as.
public struct SignInRequest: Sendable, Hashable {
    /// The account ID or alias to sign in to.
    public var account: String
    /// The IAM user to sign in as (nil: a user of the account, not named yet).
    public var userName: String?

    /// Creates a request.
    public init(account: String, userName: String?) {
        self.account = account
        self.userName = userName
    }
}
