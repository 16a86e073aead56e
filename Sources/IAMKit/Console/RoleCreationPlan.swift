import IAMPolicy

/// What the console's Create role wizard gathers for a role that another (or this) AWS account
/// may assume, and what it turns that into: the trust policy exactly as the AWS console
/// generates it, the CreateRole + AttachRolePolicy calls, and the equivalent CLI commands.
///
/// The console's generated trust policy (iam-semantics.md §5.4): one statement in array form,
/// principal `arn:aws:iam::<account>:root`, action `sts:AssumeRole`, and one `Condition` block
/// holding `StringEquals sts:ExternalId` and/or `Bool aws:MultiFactorAuthPresent "true"`
/// (ANDed); with neither option the console writes an empty `"Condition": {}`.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
public struct RoleCreationPlan: Sendable, Hashable {
    /// The 12-digit account whose principals may assume the role.
    public var trustedAccountID: String
    /// The external ID the caller must pass, when required.
    public var externalID: String?
    /// Whether the caller must have signed in with MFA.
    public var requiresMFA: Bool
    /// The role's name.
    public var roleName: String
    /// The role's description (nil: none).
    public var description: String?
    /// The role's path (nil: `/`).
    public var path: String?
    /// Maximum session duration in seconds (nil: 3600).
    public var maxSessionDuration: Int?
    /// ARNs of the managed policies to attach, in the order chosen.
    public var policyARNs: [String]
    /// ARN of the permissions boundary, if any.
    public var permissionsBoundaryARN: String?
    /// Tags for the role (the console's optional "Add tags" step).
    public var tags: [Tag]

    /// Creates a plan.
    public init(trustedAccountID: String, externalID: String? = nil, requiresMFA: Bool = false, roleName: String,
                description: String? = nil, path: String? = nil, maxSessionDuration: Int? = nil,
                policyARNs: [String] = [], permissionsBoundaryARN: String? = nil, tags: [Tag] = []) {
        self.trustedAccountID = trustedAccountID
        self.externalID = externalID
        self.requiresMFA = requiresMFA
        self.roleName = roleName
        self.description = description
        self.path = path
        self.maxSessionDuration = maxSessionDuration
        self.policyARNs = policyARNs
        self.permissionsBoundaryARN = permissionsBoundaryARN
        self.tags = tags
    }

    /// The trust policy as a JSON value, in the console's key order.
    public var trustPolicy: JSONValue {
        var condition = JSONObject()
        if let externalID {
            condition.append(key: "StringEquals", value: ["sts:ExternalId": .string(externalID)])
        }
        if requiresMFA {
            condition.append(key: "Bool", value: ["aws:MultiFactorAuthPresent": "true"])
        }
        let statement: JSONValue = [
            "Effect": "Allow",
            "Principal": ["AWS": .string(IAMARN.root(trustedAccountID))],
            "Action": "sts:AssumeRole",
            "Condition": .object(condition),
        ]
        return ["Version": "2012-10-17", "Statement": [statement]]
    }

    /// The trust policy text the console shows and stores: 4-space indentation, key order kept.
    public var trustPolicyDocument: String {
        JSONWriter.string(for: trustPolicy, style: .awsCLI)
    }

    /// The role's ARN once created in `accountID` (the signed-in account).
    public func roleARN(in accountID: String) -> String {
        IAMARN.role(accountID, path: path ?? "/", name: roleName)
    }

    /// Creates the role and attaches the chosen policies, as the console does: CreateRole
    /// (with the boundary), then AttachRolePolicy for each policy. Runs inside one lab write,
    /// so a failure part-way leaves nothing behind.
    public func create(using service: IAMService, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> Role {
        let role = try service.createRole(roleName: roleName, assumeRolePolicyDocument: trustPolicyDocument, path: path,
                                          description: description, maxSessionDuration: maxSessionDuration,
                                          permissionsBoundary: permissionsBoundaryARN, tags: tags.isEmpty ? nil : tags,
                                          caller: caller, in: &lab)
        for arn in policyARNs {
            try service.attachRolePolicy(roleName: roleName, policyArn: arn, caller: caller, in: &lab)
        }
        return role
    }
}
