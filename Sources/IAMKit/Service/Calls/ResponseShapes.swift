import IAMPolicy

/// The AWS CLI's output shapes, member order included (the order the CLI prints):
/// https://docs.aws.amazon.com/cli/latest/reference/iam/ and …/reference/sts/.
/// Dates print as the CLI v2 prints them (`2026-11-29T06:00:00+00:00`); policy documents are
/// decoded into JSON objects as the CLI shows them.
enum ResponseShapes {
    /// A policy document as the CLI shows it: decoded JSON, or the text when it does not parse.
    /// Parsed once per text: a role's trust policy is shown by every GetRole.
    static func document(_ text: String) -> JSONValue {
        shownDocuments.value(for: text) { (try? JSONParser.parse(text)) ?? .string(text) }
    }

    private static let shownDocuments = BoundedCache<String, JSONValue>(limit: 4096)

    static func date(_ time: Timestamp) -> JSONValue { .string(time.awsCLI) }

    static func tags(_ tags: [Tag]) -> JSONValue {
        .array(tags.map(tag))
    }

    /// `Tag`: `{"Key", "Value"}`.
    static func tag(_ tag: Tag) -> JSONValue {
        .object(JSONObject(pairs: [("Key", .string(tag.key)), ("Value", .string(tag.value))]))
    }

    static func boundary(_ arn: String?) -> JSONValue? {
        arn.map { .object(JSONObject(pairs: [("PermissionsBoundaryType", "PermissionsBoundaryPolicy"), ("PermissionsBoundaryArn", .string($0))])) }
    }

    /// `Role`: GetRole adds boundary, tags and `RoleLastUsed`; list and create responses omit them.
    /// CreateRole's response has no `MaxSessionDuration` either, even when one was given (see
    /// the AWS CLI's own create-role example with `--max-session-duration 7200`:
    /// https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html).
    static func role(_ role: Role, detailed: Bool, created: Bool = false) -> JSONValue {
        var object = JSONObject(pairs: [
            ("Path", .string(role.path)), ("RoleName", .string(role.roleName)), ("RoleId", .string(role.roleID)),
            ("Arn", .string(role.arn)), ("CreateDate", date(role.createDate)),
            ("AssumeRolePolicyDocument", document(role.assumeRolePolicyDocument)),
        ])
        if let description = role.description { object["Description"] = .string(description) }
        if !created { object["MaxSessionDuration"] = .number(JSONNumber(role.maxSessionDuration)) }
        if detailed {
            if let boundary = boundary(role.permissionsBoundaryARN) { object["PermissionsBoundary"] = boundary }
            if !role.tags.isEmpty { object["Tags"] = tags(role.tags) }
            object["RoleLastUsed"] = roleLastUsed(role)
        } else if created && !role.tags.isEmpty {
            object["Tags"] = tags(role.tags)
        }
        return .object(object)
    }

    /// `RoleLastUsed`: empty while the role was never used.
    static func roleLastUsed(_ role: Role) -> JSONValue {
        var lastUsed = JSONObject()
        if let used = role.lastUsedDate {
            lastUsed["LastUsedDate"] = date(used)
            lastUsed["Region"] = .string(role.lastUsedRegion ?? "us-east-1")
        }
        return .object(lastUsed)
    }

    /// The members every user shape starts with: path, name, ID, ARN, creation date.
    static func userHead(_ user: User) -> JSONObject {
        JSONObject(pairs: [
            ("Path", .string(user.path)), ("UserName", .string(user.userName)), ("UserId", .string(user.userID)),
            ("Arn", .string(user.arn)), ("CreateDate", date(user.createDate)),
        ])
    }

    /// `User`.
    static func user(_ user: User) -> JSONValue {
        var object = userHead(user)
        if let used = user.passwordLastUsed { object["PasswordLastUsed"] = date(used) }
        if let boundary = boundary(user.permissionsBoundaryARN) { object["PermissionsBoundary"] = boundary }
        if !user.tags.isEmpty { object["Tags"] = tags(user.tags) }
        return .object(object)
    }

    /// `Group`.
    static func group(_ group: Group) -> JSONValue {
        .object(JSONObject(pairs: [
            ("Path", .string(group.path)), ("GroupName", .string(group.groupName)), ("GroupId", .string(group.groupID)),
            ("Arn", .string(group.arn)), ("CreateDate", date(group.createDate)),
        ]))
    }

    /// `Policy`; `withDescription` for GetPolicy (ListPolicies omits descriptions).
    static func policy(_ policy: PolicyInfo, withDescription: Bool) -> JSONValue {
        var object = JSONObject(pairs: [
            ("PolicyName", .string(policy.policyName)), ("PolicyId", .string(policy.policyID)), ("Arn", .string(policy.arn)),
            ("Path", .string(policy.path)), ("DefaultVersionId", .string(policy.defaultVersionID)),
            ("AttachmentCount", .number(JSONNumber(policy.attachmentCount))),
            ("PermissionsBoundaryUsageCount", .number(JSONNumber(policy.permissionsBoundaryUsageCount))),
            ("IsAttachable", .bool(policy.isAttachable)),
        ])
        if withDescription, let description = policy.description { object["Description"] = .string(description) }
        object["CreateDate"] = date(policy.createDate)
        object["UpdateDate"] = date(policy.updateDate)
        if !policy.tags.isEmpty { object["Tags"] = tags(policy.tags) }
        return .object(object)
    }

    /// `PolicyVersion`; ListPolicyVersions omits the document.
    static func policyVersion(_ version: ManagedPolicyVersion, withDocument: Bool) -> JSONValue {
        var object = JSONObject()
        if withDocument { object["Document"] = document(version.document) }
        object["VersionId"] = .string(version.versionID)
        object["IsDefaultVersion"] = .bool(version.isDefaultVersion)
        object["CreateDate"] = date(version.createDate)
        return .object(object)
    }

    /// `AttachedPolicy`.
    static func attached(_ policy: AttachedPolicy) -> JSONValue {
        .object(JSONObject(pairs: [("PolicyName", .string(policy.policyName)), ("PolicyArn", .string(policy.policyARN))]))
    }

    /// ListEntitiesForPolicy's response: `PolicyGroups`, `PolicyUsers`, `PolicyRoles` (each always
    /// present, as in the AWS CLI's list-entities-for-policy example), `IsTruncated`, `Marker?`.
    static func policyEntities(_ page: Page<PolicyEntity>) -> JSONValue {
        func list(_ kind: PolicyEntity.Kind, _ nameKey: String, _ idKey: String) -> JSONValue {
            .array(page.items.filter { $0.kind == kind }.map {
                .object(JSONObject(pairs: [(nameKey, .string($0.name)), (idKey, .string($0.id))]))
            })
        }
        var object = JSONObject(pairs: [
            ("PolicyGroups", list(.group, "GroupName", "GroupId")), ("PolicyUsers", list(.user, "UserName", "UserId")),
            ("PolicyRoles", list(.role, "RoleName", "RoleId")), ("IsTruncated", .bool(page.isTruncated)),
        ])
        if let marker = page.marker { object["Marker"] = .string(marker) }
        return .object(object)
    }

    /// A list response: `{Key: [...], IsTruncated, Marker?}`.
    static func page<Item>(_ key: String, _ page: Page<Item>, _ transform: (Item) -> JSONValue) -> JSONValue {
        var object = JSONObject(pairs: [(key, .array(page.items.map(transform))), ("IsTruncated", .bool(page.isTruncated))])
        if let marker = page.marker { object["Marker"] = .string(marker) }
        return .object(object)
    }

    /// `{Key: value}`.
    static func wrap(_ key: String, _ value: JSONValue) -> JSONValue {
        .object(JSONObject(pairs: [(key, value)]))
    }

    /// Operations with no output print nothing: an empty object.
    static let empty = JSONValue.object(JSONObject())
}
