/// The Create role wizard's steps, declared as data: each step a `FormGroup` of fields with
/// their label, kind and binding into `CreateRoleState`, help concept, hint, validation and
/// when they apply. Drawing, focus order and keys come from the form components; a new field
/// is one entry here (and, if it holds new input, one property of the state).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
enum CreateRoleForm {
    /// A field of the wizard.
    typealias Field = FormField<CreateRoleState, CreateRoleField>
    /// A step of the wizard.
    typealias Group = FormGroup<CreateRoleState, CreateRoleField>

    /// The group shown on `step`.
    static func group(for step: CreateRoleStep) -> Group {
        switch step {
        case .trustedEntity: trustedEntity
        case .permissions: permissions
        case .details: details
        case .review: Group([Field(.review, "Review", kind: .custom, concept: .review, validate: createError(.review))])
        case .created: Group([Field(.offers, "Next steps", kind: .custom, concept: .grantAfterCreate, validate: createError(.offers))])
        }
    }

    /// The declaration of `id`, from the step that holds it.
    static func field(_ id: CreateRoleField) -> Field? {
        for step in CreateRoleStep.allCases {
            if let field = group(for: step).field(id) { return field }
        }
        return nil
    }

    /// Step 1: trusted entity type, account, external ID, MFA.
    static var trustedEntity: Group {
        Group(header: "Trusted entity type: AWS account", [
            Field(.accountChoice, "Trusted entity",
                  kind: .choice(options: { state in
                      let id = state.context.currentAccountID
                      return [id.isEmpty ? "This account" : "This account (\(id))", "Another AWS account"]
                  }, get: { $0.trustsThisAccount ? 0 : 1 }, set: { $0.trustsThisAccount = $1 == 0 }),
                  concept: .trustedEntity, validate: createError(.accountChoice)),
            Field(.accountID, "Account ID", kind: .text(\.accountID), concept: .trustedAccountID,
                  hint: { _ in "12 digits: the account whose users may switch to this role" },
                  validate: { $0.accountIDError }, isShown: { !$0.trustsThisAccount }),
            Field(.requireExternalID, "Require external ID", kind: .checkbox(\.requiresExternalID), concept: .requireExternalID,
                  columnLabel: "Options", hint: { _ in "Best practice when a third party assumes the role" },
                  validate: createError(.requireExternalID), spaceBefore: 1),
            Field(.externalID, "External ID", kind: .text(\.externalID), concept: .externalIDValue,
                  hint: { _ in "2-1224 characters of letters, digits and +=,.@:/-_" },
                  validate: { $0.externalIDError }, isShown: { $0.requiresExternalID },
                  notes: { _ in ["Roles that require an external ID cannot be used from the console's Switch Role."] }),
            Field(.requireMFA, "Require MFA", kind: .checkbox(\.requiresMFA), concept: .requireMFA, columnLabel: "",
                  hint: { _ in "Callers must have signed in with an MFA device" }, validate: createError(.requireMFA)),
        ])
    }

    /// Step 2: the policy filter and list (drawn by the page), and the permissions boundary.
    static var permissions: Group {
        Group([
            Field(.policyFilter, "Filter",
                  kind: .text(get: { $0.policyFilter }, set: { $0.policyFilter = $1; $0.policySelection = ListSelection() },
                              placeholder: "type / then a name"),
                  concept: .permissionsPolicies, validate: createError(.policyFilter)),
            Field(.policyList, "Permissions policies", kind: .custom, concept: .permissionsPolicies, validate: createError(.policyList)),
            Field(.permissionsBoundary, "Permissions boundary", kind: .custom, concept: .permissionsBoundary,
                  validate: createError(.permissionsBoundary)),
        ])
    }

    /// Step 3: role name, description, path, maximum session duration, tags.
    static var details: Group {
        Group([
            Field(.roleName, "Role name", kind: .text(\.roleName), concept: .roleName,
                  hint: { _ in "Up to 64 of letters, digits and +=,.@-_; unique regardless of case; cannot be changed later" },
                  validate: { $0.roleNameError }),
            Field(.roleDescription, "Description", kind: .text(\.roleDescription), concept: .roleDescription,
                  hint: { "Optional; up to 1000 characters (\($0.roleDescription.text.count)/1000)" },
                  validate: { $0.roleDescriptionError }, spaceBefore: 1),
            Field(.path, "Path", kind: .text(\.path, placeholder: "/"), concept: .rolePath,
                  hint: { _ in "Optional; begins and ends with /, e.g. /division/" }, validate: { $0.pathError }, spaceBefore: 1),
            Field(.maxSessionDuration, "Maximum session duration", kind: .text(\.maxSessionDuration, placeholder: "3600"),
                  concept: .maxSessionDuration, columnLabel: "Max session duration",
                  hint: { state in
                      let seconds = Int(state.maxSessionDuration.text) ?? 3600
                      let hours = seconds % 3600 == 0 ? "\(seconds / 3600) hour\(seconds == 3600 ? "" : "s")" : "\(seconds) seconds"
                      return "Seconds, 3600-43200 (now \(hours))"
                  }, validate: { $0.maxSessionDurationError }, spaceBefore: 1),
            Field(.tags, "Tags", kind: .text(\.tags, placeholder: "team=ops, project=seed"), concept: .roleTags,
                  hint: { "Optional key=value pairs, comma-separated (\($0.parsedTags.count)/50)" },
                  validate: { $0.tagsError }, spaceBefore: 1),
        ])
    }

    /// Validation for a field without rules of its own: the error CreateRole returned for it.
    static func createError(_ id: CreateRoleField) -> (CreateRoleState) -> String? {
        { $0.createError?.field == id ? $0.createError?.message : nil }
    }
}
