import IAMPolicy

/// "Who can assume this role": every user and role of the lab run through the same trust
/// evaluation AssumeRole uses, under the request contexts a principal could bring (with or
/// without MFA, with or without the external ID the trust policy names).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
extension IAMService {
    /// The principals `role`'s trust policy admits (in some context), with what each needs,
    /// ordered by account then ARN. Root users never appear: roles cannot be assumed by root.
    /// The role is read again from the lab, so a role in display form (ARNs where the store keeps
    /// unique IDs) cannot make a deleted principal's namesake look trusted.
    public func whoCanAssume(role shown: Role, in lab: some LabRepository) throws(ServiceError) -> [AssumeEligibility] {
        let role = try lab.fetch(Role.self, shown.recordKey) ?? shown
        let externalIDs = Self.externalIDs(inTrustPolicy: role.assumeRolePolicyDocument)
        let contexts: [(mfa: Bool, externalID: String?)] =
            [(false, nil), (true, nil)] + externalIDs.prefix(1).flatMap { [(false, $0), (true, $0)] }
        var result: [AssumeEligibility] = []
        let candidates = try Self.candidateAccounts(of: role, in: lab)
        let accounts = try lab.fetchAll(Account.self, in: RecordKey.labScope)
            .filter { candidates?.contains($0.accountID) ?? true }
        let now = clock.now()
        for account in accounts {
            let devices = try lab.fetchAll(MFADevice.self, in: account.accountID)
            var principals: [(Caller, AssumeEligibility.Kind, String, Bool)] = []
            for user in try lab.fetchAll(User.self, in: account.accountID) {
                let identity = UserIdentity(accountID: user.accountID, userName: user.userName, path: user.path,
                                            authentication: .console(mfaAuthenticatedAt: nil))
                let hasDevice = devices.contains { $0.userName?.lowercased() == user.userName.lowercased() }
                principals.append((.user(identity), .user, user.arn, hasDevice))
            }
            for other in try lab.fetchAll(Role.self, in: account.accountID) {
                let session = RoleSession(accountID: other.accountID, roleName: other.roleName, rolePath: other.path,
                                          roleID: other.roleID, sessionName: "who-can-assume", issuedAt: now,
                                          expiration: now.adding(seconds: 3600), sourceIdentityARN: other.arn)
                principals.append((.roleSession(session), .role, other.arn, false))
            }
            for (caller, kind, arn, hasDevice) in principals {
                for context in contexts {
                    let decision = try evaluateTrust(role: role, caller: caller, sessionName: "who-can-assume",
                                                     externalID: context.externalID, mfaTime: context.mfa ? now : nil,
                                                     in: lab, explain: false)
                    guard decision.policyTypeOutcomes.resourceBased == .allow || decision.isAllowed else { continue }
                    let permission: AssumeEligibility.Permission = switch decision.outcome {
                    case .allow: .allowed
                    case .explicitDeny: .denied
                    case .implicitDeny: .missing
                    }
                    result.append(AssumeEligibility(principalARN: arn, kind: kind, accountID: account.accountID,
                                                    requiresMFA: context.mfa, hasMFADevice: hasDevice,
                                                    externalID: context.externalID, permission: permission))
                    break
                }
            }
        }
        return result
    }

    /// The accounts whose principals the trust policy can match at all (nil: any account, for a
    /// `*` principal). Trust principals cannot use wildcards in ARNs, so a principal outside
    /// these accounts is never admitted; the engine still decides for those inside.
    static func candidateAccounts(of role: Role, in lab: some LabRepository) throws(ServiceError) -> Set<String>? {
        let shown = try TrustPolicy.displayDocument(role.assumeRolePolicyDocument, in: lab)
        var accounts = Set<String>()
        for principal in TrustPrincipal.all(inTrustPolicy: shown) {
            if principal.type == "*" || (principal.type == "AWS" && principal.value == "*") { return nil }
            if !principal.isDeletedPrincipal, let account = principal.accountID { accounts.insert(account) }
        }
        return accounts
    }

    /// The `sts:ExternalId` values named in any condition of a trust policy, in document order.
    public static func externalIDs(inTrustPolicy text: String) -> [String] {
        guard let json = try? JSONParser.parse(text) else { return [] }
        let statements: [JSONValue] = json["Statement"]?.arrayValue ?? json["Statement"].map { [$0] } ?? []
        var values: [String] = []
        for statement in statements {
            guard let conditions = statement["Condition"]?.objectValue else { continue }
            for block in conditions {
                guard let keys = block.value.objectValue else { continue }
                for member in keys where member.key.lowercased() == "sts:externalid" {
                    let value = member.value
                    let texts = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
                    values += texts.filter { !values.contains($0) }
                }
            }
        }
        return values
    }
}
