/// An entity that carries tags (role, user, customer managed policy): TagX, UntagX and ListXTags
/// are the same for all of them, only the quota's name differs.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
protocol TagHolder: LabRecord {
    /// The entity's tags, in the order they were added.
    var tags: [Tag] { get set }
    /// The quota AWS names when a tag would be the 51st (`TagsPerRole`). `TagsPerUser` and
    /// `TagsPerPolicy` follow the role's wording by analogy (LOW CONFIDENCE: no AWS response
    /// seen; emulators disagree).
    static var tagQuotaName: String { get }
}

extension Role: TagHolder {
    static var tagQuotaName: String { "TagsPerRole" }
}

extension User: TagHolder {
    static var tagQuotaName: String { "TagsPerUser" }
}

extension ManagedPolicy: TagHolder {
    static var tagQuotaName: String { "TagsPerPolicy" }
}
