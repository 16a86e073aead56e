/// One AWS account of the lab: a 12-digit ID and an optional alias (used by Switch Role).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html
public struct Account: LabRecord {
    /// Accounts are lab-wide records.
    public static let kind = RecordKind.account

    /// The 12-digit account ID.
    public var accountID: String
    /// The account alias, if any.
    public var alias: String?
    /// When the account was added to the lab.
    public var createDate: Timestamp
    /// How many identities of this account each AWS managed policy is attached to (ARN → count),
    /// so ListPolicies `OnlyAttached` and `AttachmentCount` work for the AWS catalog too.
    public var awsManagedAttachmentCounts: [String: Int]
    /// The custom password policy (UpdateAccountPasswordPolicy), nil for AWS's default policy.
    public var passwordPolicy: PasswordPolicy?
    /// The latest credential report (GenerateCredentialReport), nil until one is generated.
    public var credentialReport: CredentialReport?
    /// Quotas raised for this account, by AWS's quota name (`RolesPerAccount`), as a Service
    /// Quotas increase raises them; nil or a missing name: AWS's default (`AccountQuota`).
    public var raisedQuotas: [String: Int]?

    /// Creates an account.
    public init(accountID: String, alias: String? = nil, createDate: Timestamp, awsManagedAttachmentCounts: [String: Int] = [:]) {
        self.accountID = accountID
        self.alias = alias
        self.createDate = createDate
        self.awsManagedAttachmentCounts = awsManagedAttachmentCounts
    }

    /// `lab/account/<id>`.
    public var recordKey: RecordKey { Self.key(accountID) }

    /// The key of account `accountID`.
    public static func key(_ accountID: String) -> RecordKey {
        RecordKey(kind: .account, scope: RecordKey.labScope, name: accountID)
    }

    /// The root user's / account principal's ARN.
    public var rootARN: String { IAMARN.root(accountID) }

    /// True when `text` is a 12-digit account ID.
    public static func isAccountID(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (48...57).contains($0) }
    }

    /// Refuses anything but a 12-digit account ID with the lab's InvalidInput text.
    public static func validateID(_ text: String) throws(ServiceError) {
        guard isAccountID(text) else { throw ServiceError.invalidInput("Account ID \(text) must be 12 digits.") }
    }
}
