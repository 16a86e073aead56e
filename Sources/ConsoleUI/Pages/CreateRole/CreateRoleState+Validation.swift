import IAMKit

/// The rules of each field, in AWS's words: the API's ValidationError text from IAMKit's
/// `ParameterValidator`, the console's messages where the console checks before the API, and
/// `Role with name X already exists.` for a name taken in any case.
/// Sources: iam-semantics.md §1.1, §1.3; https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
extension CreateRoleState {
    /// The account ID problem, or nil when it is 12 digits (or empty and not yet typed).
    public var accountIDError: String? {
        guard !trustsThisAccount, !accountID.text.isEmpty else { return nil }
        return Account.isAccountID(accountID.text) ? nil : "Account ID must be 12 digits (0-9), for example 123456789012."
    }

    /// The external ID problem, in STS's ValidationError words.
    public var externalIDError: String? {
        guard requiresExternalID else { return nil }
        // The external ID is checked when it is used, by AssumeRole.
        return Self.validationMessage(operation: "AssumeRole") { $0.member(externalID.text, at: "externalId") }
    }

    /// The role name problem: the API's rules, then uniqueness regardless of case.
    public var roleNameError: String? {
        if createError?.field == .roleName { return createError?.message }
        guard !roleName.text.isEmpty else { return nil }
        if let message = Self.validationMessage({ $0.member(roleName.text, at: "roleName") }) { return message }
        if context.takenRoleNames.contains(roleName.text.lowercased()) {
            return "Role with name \(roleName.text) already exists."
        }
        return nil
    }

    /// The description problem.
    public var roleDescriptionError: String? {
        guard !roleDescription.text.isEmpty else { return nil }
        return Self.validationMessage { $0.member(roleDescription.text, at: "description") }
    }

    /// The path problem.
    public var pathError: String? {
        guard !path.text.isEmpty else { return nil }
        return Self.validationMessage { $0.member(path.text, at: "path") }
    }

    /// The maximum session duration problem.
    public var maxSessionDurationError: String? {
        let text = maxSessionDuration.text
        guard !text.isEmpty else { return nil }
        guard let seconds = Int(text) else {
            return "Enter a whole number of seconds from 3600 (1 hour) to 43200 (12 hours)."
        }
        return Self.validationMessage { $0.member(seconds, at: "maxSessionDuration") }
    }

    /// The tags problem: CreateRole's rules, and keys unique regardless of case.
    public var tagsError: String? {
        let parsed = parsedTags
        guard !parsed.isEmpty else { return nil }
        if let message = Self.validationMessage({ $0.tags(parsed) }) { return message }
        let keys = parsed.map { $0.key.lowercased() }
        if Set(keys).count != keys.count {
            return "Duplicate tag keys found. Please note that Tag keys are case insensitive."
        }
        return nil
    }

    /// The problem shown next to `field`, if any: its declared validation.
    public func error(for field: CreateRoleField) -> String? {
        field.declaration?.validate(self)
    }

    /// Why Next (or Create role) is unavailable on the current step, or nil when it is available.
    public var nextBlockedReason: String? {
        if showsFieldHelp { return nil }
        switch step {
        case .trustedEntity:
            if context.caller == nil { return labProblem ?? "sign in first" }
            if !trustsThisAccount, accountID.text.isEmpty { return "enter the 12-digit ID of the account to trust" }
            if accountIDError != nil { return "the account ID must be 12 digits" }
            if requiresExternalID, externalID.text.isEmpty { return "enter the external ID, or clear Require external ID" }
            if externalIDError != nil { return "fix the external ID (2-1224 of letters, digits and +=,.@:/-_)" }
            return nil
        case .permissions:
            return nil
        case .details:
            if roleName.text.isEmpty { return "enter a role name" }
            if roleNameError != nil { return "fix the role name" }
            if roleDescriptionError != nil { return "fix the description" }
            if pathError != nil { return "fix the path" }
            if maxSessionDurationError != nil { return "fix the maximum session duration" }
            if tagsError != nil { return "fix the tags" }
            return nil
        case .review:
            return nil
        case .created:
            return offerUnavailableReason
        }
    }

    /// Runs IAMKit's validator with `operation`'s model constraints (CreateRole unless said)
    /// and returns its message, or nil when the value passes.
    static func validationMessage(operation: String = "CreateRole", _ body: (inout ParameterValidator) -> Void) -> String? {
        var check = ParameterValidator(operation: operation)
        body(&check)
        do {
            try check.check()
            return nil
        } catch {
            return error.message
        }
    }
}
