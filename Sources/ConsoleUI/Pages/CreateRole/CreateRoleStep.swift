/// The wizard's steps, in the AWS console's order ("To create a role (console)"), plus the page
/// shown once the role exists.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
public enum CreateRoleStep: Int, CaseIterable, Hashable, Sendable {
    /// Trusted entity: another (or this) AWS account, external ID, MFA.
    case trustedEntity
    /// Managed policies to attach, and an optional permissions boundary.
    case permissions
    /// Role name, description, path, maximum session duration.
    case details
    /// Everything as it will be created; Create role.
    case review
    /// The role exists: grant the trusted account's users, try it.
    case created

    /// The step's title, as the console names it.
    public var title: String {
        switch self {
        case .trustedEntity: "Select trusted entity"
        case .permissions: "Add permissions"
        case .details: "Name and description"
        case .review: "Review and create"
        case .created: "Role created"
        }
    }

    /// The short name used in the step bar.
    public var shortTitle: String {
        switch self {
        case .trustedEntity: "Trusted entity"
        case .permissions: "Permissions"
        case .details: "Name"
        case .review: "Review"
        case .created: "Done"
        }
    }

    /// The fields of the step, in focus order (before hiding those that do not apply), as
    /// `CreateRoleForm` declares them.
    public var fields: [CreateRoleField] {
        CreateRoleForm.group(for: self).fields.map(\.id)
    }

    /// The step after this one.
    var next: CreateRoleStep? { CreateRoleStep(rawValue: rawValue + 1) }
    /// The step before this one.
    var previous: CreateRoleStep? { CreateRoleStep(rawValue: rawValue - 1) }
}
