/// Who makes a request, with the identifiers policies can name.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html and
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
public struct RequestPrincipal: Sendable, Hashable {
    /// The kind of caller.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The account root user.
        case root
        /// An IAM user.
        case user
        /// A role session (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`).
        case assumedRole
        /// A federated user (`arn:aws:sts::ACCT:federated-user/NAME`).
        case federatedUser
        /// An AWS service principal such as `ec2.amazonaws.com`.
        case service
        /// An unauthenticated caller.
        case anonymous
    }

    /// The kind of caller.
    public let kind: Kind
    /// The caller's ARN (the session ARN for role sessions; the service name for services).
    public let arn: String
    /// The caller's 12-digit account ID (empty for services and anonymous callers).
    public let accountID: String
    /// The unique ID: `AIDA…` for users, `AROA…:session` for role sessions, the account ID for root.
    public let uniqueID: String?
    /// For role sessions, the role's ARN (with its path).
    public let roleARN: String?
    /// For role sessions, the role's unique ID (`AROA…`).
    public let roleUniqueID: String?

    /// Creates a principal from all its identifiers.
    public init(kind: Kind, arn: String, accountID: String, uniqueID: String? = nil, roleARN: String? = nil, roleUniqueID: String? = nil) {
        self.kind = kind
        self.arn = arn
        self.accountID = accountID
        self.uniqueID = uniqueID
        self.roleARN = roleARN
        self.roleUniqueID = roleUniqueID
    }

    /// The root user of `accountID`.
    public static func root(accountID: String) -> RequestPrincipal {
        RequestPrincipal(kind: .root, arn: "arn:aws:iam::\(accountID):root", accountID: accountID, uniqueID: accountID)
    }

    /// An IAM user; the account is read from the ARN.
    public static func user(arn: String, uniqueID: String? = nil) -> RequestPrincipal {
        RequestPrincipal(kind: .user, arn: arn, accountID: ARN(arn).map { String($0.account) } ?? "", uniqueID: uniqueID)
    }

    /// A session of a role: `sessionARN` is `arn:aws:sts::ACCT:assumed-role/NAME/SESSION`,
    /// `roleARN` the role's IAM ARN (with path); the unique ID becomes `roleUniqueID:session`.
    public static func assumedRole(sessionARN: String, roleARN: String, roleUniqueID: String? = nil) -> RequestPrincipal {
        let sessionName = sessionARN.split(separator: "/").last.map(String.init) ?? ""
        return RequestPrincipal(
            kind: .assumedRole, arn: sessionARN, accountID: ARN(sessionARN).map { String($0.account) } ?? "",
            uniqueID: roleUniqueID.map { "\($0):\(sessionName)" }, roleARN: roleARN, roleUniqueID: roleUniqueID)
    }

    /// A federated user session.
    public static func federatedUser(arn: String) -> RequestPrincipal {
        RequestPrincipal(kind: .federatedUser, arn: arn, accountID: ARN(arn).map { String($0.account) } ?? "")
    }

    /// An AWS service principal such as `ec2.amazonaws.com`.
    public static func service(_ name: String) -> RequestPrincipal {
        RequestPrincipal(kind: .service, arn: name, accountID: "")
    }

    /// An unauthenticated caller.
    public static let anonymous = RequestPrincipal(kind: .anonymous, arn: "*", accountID: "")
}
