import IAMKit

/// The findings shown as you type (Access Analyzer style), from the current input alone.
extension CreateRoleState {
    /// Policies that grant every action (or all of IAM) and deserve a security warning.
    static let broadPolicyNames: Set<String> = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"]

    /// External IDs that are easy to guess.
    static let guessableExternalIDs: Set<String> = [
        "external", "externalid", "external-id", "password", "secret", "test", "changeme", "default", "admin",
        "123456", "12345678", "123456789", "1234567890", "abcdef", "qwerty",
    ]

    /// Every finding for the current input, most serious first.
    public var findings: [CreateRoleFinding] {
        var found: [CreateRoleFinding] = []
        if let accountIDError {
            found.append(.init(.error, "Invalid principal", accountIDError + " The trust policy would name no account."))
        }
        if let externalIDError {
            found.append(.init(.error, "Invalid external ID", externalIDError))
        }
        let another = !trustsThisAccount && trustedAccountID != context.currentAccountID
        if another, Account.isAccountID(trustedAccountID), !requiresMFA, !requiresExternalID {
            found.append(.init(.securityWarning, "Another account trusted without MFA or an external ID",
                               "Anyone in \(trustedAccountID) whom its administrators allow sts:AssumeRole can switch with a password or access key alone. Require MFA (or an external ID for a third party)."))
        }
        for arn in chosenPolicyARNs {
            guard let policy = policy(arn: arn), Self.isBroad(policy) else { continue }
            found.append(.init(.securityWarning, "Broad permissions: \(policy.name)",
                               "\(policy.name) allows far more than one task needs. Grant least privilege: choose a policy for just what the role is for."))
        }
        if requiresExternalID {
            if externalIDError == nil, isGuessable(externalID.text) {
                found.append(.init(.warning, "External ID looks guessable",
                                   "Use a long, unpredictable value agreed with the trusted party (for example a UUID), not a word, a sequence or an account ID."))
            }
            found.append(.init(.warning, "Switch Role cannot use this role",
                               "The console's Switch Role cannot pass an external ID, so users can only assume this role from the API or CLI (--external-id)."))
        }
        if step.rawValue >= CreateRoleStep.permissions.rawValue, chosenPolicyARNs.isEmpty {
            found.append(.init(.suggestion, "No permissions yet",
                               "That is allowed: a role has no permissions by default. Whoever assumes it can do nothing until you attach a policy."))
        }
        if trustsThisAccount, !requiresMFA {
            found.append(.init(.suggestion, "Require MFA for your own users",
                               "Trusting this account lets any of its users with an sts:AssumeRole policy switch; requiring MFA keeps a stolen password from being enough."))
        }
        if step.rawValue >= CreateRoleStep.details.rawValue, roleDescription.text.isEmpty {
            found.append(.init(.suggestion, "Add a description", "A sentence on what the role is for helps whoever reviews it later."))
        }
        return found.sorted { $0.severity < $1.severity }
    }

    /// Whether `policy` allows everything or all of IAM.
    static func isBroad(_ policy: CreateRoleContext.PolicyChoice) -> Bool {
        if broadPolicyNames.contains(policy.name) { return true }
        let compact = policy.document.filter { !$0.isWhitespace }
        return compact.contains("\"Action\":\"*\"") && compact.contains("\"Resource\":\"*\"")
    }

    /// Whether an external ID is short, common, one repeated character, or an account ID.
    func isGuessable(_ value: String) -> Bool {
        if value.count < 8 { return true }
        if Self.guessableExternalIDs.contains(value.lowercased()) { return true }
        if Set(value).count <= 2 { return true }
        if Account.isAccountID(value) { return true }
        return false
    }
}
