/// The identity of a focusable field of the wizard, with the help `?`/F1 shows for it: what it
/// means in IAM in two or three plain sentences, and the AWS page that says so. What the field
/// is (label, kind, binding, concept, validation) is declared once in `CreateRoleForm`.
public enum CreateRoleField: String, CaseIterable, Hashable, Sendable {
    /// "This account" or "Another AWS account".
    case accountChoice
    /// The 12-digit account ID to trust.
    case accountID
    /// Require external ID (checkbox).
    case requireExternalID
    /// The external ID value.
    case externalID
    /// Require MFA (checkbox).
    case requireMFA
    /// The filter of the policy list.
    case policyFilter
    /// The managed policy list.
    case policyList
    /// The permissions boundary.
    case permissionsBoundary
    /// The role name.
    case roleName
    /// The description.
    case roleDescription
    /// The path.
    case path
    /// Maximum session duration (seconds).
    case maxSessionDuration
    /// Tags, `key=value` separated by commas.
    case tags
    /// The review page.
    case review
    /// The after-create offers.
    case offers

    /// The field's declaration in the wizard's steps (`CreateRoleForm`).
    var declaration: FormField<CreateRoleState, CreateRoleField>? { CreateRoleForm.field(self) }

    /// Whether the field takes typed text.
    public var isText: Bool { declaration?.isText ?? false }

    /// The label shown beside the field.
    public var label: String { declaration?.label ?? rawValue }

    /// The concept-catalog topic that explains the field; guided mode, `?`/F1 help and
    /// docs/concepts.md all show the same text.
    public var concept: ConceptID { declaration?.concept ?? .review }

    /// Two to four plain sentences on what the field means in IAM, from the concept catalog.
    public var help: String {
        ConceptCatalog.concept(concept)?.plainSummary ?? label
    }

    /// The AWS documentation page for the field, from the concept catalog.
    public var documentationLink: String {
        ConceptCatalog.concept(concept)?.links.first?.url ?? "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html"
    }
}
