/// A user or group: UpdateUser and UpdateGroup give either a new name and/or path while its
/// unique ID stays, so both move the same way.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html
protocol RenamableEntity: LabRecord {
    /// Owning account.
    var accountID: String { get }
    /// The name as typed.
    var name: String { get set }
    /// The path.
    var path: String { get set }
    /// The unique ID (`AIDA…`, `AGPA…`).
    var uniqueID: String { get }
    /// The ARN (name and path included).
    var arn: String { get }
    /// The word starting AWS's EntityAlreadyExists text (`User with name X already exists.`).
    static var existsWord: String { get }
    /// Tags the request context carries as `aws:ResourceTag`/`iam:ResourceTag` (none for groups).
    var resourceTags: [Tag] { get }
}

extension User: RenamableEntity {
    var name: String {
        get { userName }
        set { userName = newValue }
    }
    var uniqueID: String { userID }
    static var existsWord: String { "User" }
    var resourceTags: [Tag] { tags }
}

extension Group: RenamableEntity {
    var name: String {
        get { groupName }
        set { groupName = newValue }
    }
    var uniqueID: String { groupID }
    static var existsWord: String { "Group" }
    var resourceTags: [Tag] { [] }
}
