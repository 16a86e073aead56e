import IAMPolicy

/// The privilege-escalation analysis: which well-known paths an IAM user or role holds, each
/// decided by the same engine, request context and policies as the real call would be.
extension IAMService {
    /// The paths `caller` holds: its user's, or its role's for a role session; none for root,
    /// which already has every permission of its account.
    public func escalationFindings(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        switch caller {
        case .root: return []
        case .user(let identity): return try escalationFindings(forUser: identity.userName, accountID: identity.accountID, in: lab)
        case .roleSession(let session): return try escalationFindings(forRole: session.roleName, accountID: session.accountID, in: lab)
        }
    }

    /// The paths the user `userName` of `accountID` holds (none for an unknown user).
    public func escalationFindings(forUser userName: String, accountID: String,
                                   in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        guard let user = try lab.fetch(User.self, User.key(accountID, userName)) else { return [] }
        let caller = Caller.user(UserIdentity(accountID: accountID, userName: user.userName, path: user.path))
        let words = Words(name: user.userName, reflexive: "himself", object: "him", possessive: "his")
        var groups: [Group] = []
        for name in user.groupNames {
            if let group = try lab.fetch(Group.self, Group.key(accountID, name)) { groups.append(group) }
        }
        var findings = try policyVersionPaths(caller, holder: user, groups: groups, words: words, in: lab)
        let flag = "--user-name \(user.userName)"
        findings += try selfPolicyPaths(caller, resource: user.arn, tags: user.tags, attach: "iam:AttachUserPolicy", put: "iam:PutUserPolicy",
                                        command: ("attach-user-policy", "put-user-policy", flag), words: words, in: lab)
        for group in groups {
            let groupFlag = "--group-name \(group.groupName)"
            for (action, command) in [("iam:AttachGroupPolicy", "attach-group-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess"),
                                      ("iam:PutGroupPolicy", "put-group-policy --policy-name escalate --policy-document '\(Self.adminDocument)'")] {
                let administrator = action == "iam:AttachGroupPolicy" ? "arn:aws:iam::aws:policy/AdministratorAccess" : nil
                guard try allows(caller, action, group.arn, policyARN: administrator, in: lab) else { continue }
                findings.append(finding(caller, action, group.arn, "\(words.name) can make \(words.reflexive) an administrator: \(action) on \(words.possessive) group \(group.groupName)",
                                        ["rolecall iam \(command) \(groupFlag)"]))
            }
        }
        for group in try lab.fetchAll(Group.self, in: accountID) where !user.groupNames.contains(group.groupName) {
            guard try allows(caller, "iam:AddUserToGroup", group.arn, in: lab) else { continue }
            findings.append(finding(caller, "iam:AddUserToGroup", group.arn,
                                    "\(words.name) can give \(words.reflexive) the permissions of group \(group.groupName): iam:AddUserToGroup",
                                    ["rolecall iam add-user-to-group --group-name \(group.groupName) \(flag)"]))
        }
        for other in try lab.fetchAll(User.self, in: accountID) where other.userName != user.userName {
            findings += try otherUserPaths(caller, other: other, words: words, in: lab)
        }
        findings += try assumableRolePaths(caller, words: words, in: lab)
        findings += try trustTakeoverPaths(caller, words: words, skipping: nil, in: lab)
        return findings
    }

    /// The paths a session of the role `roleName` of `accountID` holds.
    public func escalationFindings(forRole roleName: String, accountID: String,
                                   in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        guard let role = try lab.fetch(Role.self, Role.key(accountID, roleName)) else { return [] }
        let now = clock.now()
        let session = RoleSession(accountID: accountID, roleName: role.roleName, rolePath: role.path, roleID: role.roleID,
                                  sessionName: "escalation-check", issuedAt: now, expiration: now.adding(seconds: 3600), sourceIdentityARN: role.arn)
        let caller = Caller.roleSession(session)
        let words = Words(name: "role \(role.roleName)", reflexive: "itself", object: "it", possessive: "its")
        var findings = try policyVersionPaths(caller, holder: role, groups: [], words: words, in: lab)
        findings += try selfPolicyPaths(caller, resource: role.arn, tags: role.tags, attach: "iam:AttachRolePolicy", put: "iam:PutRolePolicy",
                                        command: ("attach-role-policy", "put-role-policy", "--role-name \(role.roleName)"), words: words, in: lab)
        for other in try lab.fetchAll(User.self, in: accountID) {
            findings += try otherUserPaths(caller, other: other, words: words, in: lab)
        }
        findings += try trustTakeoverPaths(caller, words: words, skipping: role.roleName, in: lab)
        return findings
    }

    /// Taking over another user: new access keys (CreateAccessKey), or a console password set
    /// (CreateLoginProfile when the user has none, UpdateLoginProfile when it has one).
    private func otherUserPaths(_ caller: Caller, other: User, words: Words,
                                in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        var findings: [EscalationFinding] = []
        let tags = TagConditions.resource(other.tags)
        if try allows(caller, "iam:CreateAccessKey", other.arn, tags: tags, in: lab) {
            findings.append(finding(caller, "iam:CreateAccessKey", other.arn,
                                    "\(words.name) can act as \(other.userName): iam:CreateAccessKey for another user",
                                    ["rolecall iam create-access-key --user-name \(other.userName)",
                                     "AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=… rolecall …  (as \(other.userName))"]))
        }
        let password = other.loginProfile == nil
            ? ("iam:CreateLoginProfile", "create-login-profile")
            : ("iam:UpdateLoginProfile", "update-login-profile")
        if try allows(caller, password.0, other.arn, tags: tags, in: lab) {
            findings.append(finding(caller, password.0, other.arn,
                                    "\(words.name) can sign in as \(other.userName): \(password.0) sets \(other.userName)'s console password",
                                    ["rolecall iam \(password.1) --user-name \(other.userName) --password '…'",
                                     "rolecall console sign-in  (as \(other.userName), with that password)"]))
        }
        return findings
    }

    /// How findings speak of the identity.
    private struct Words {
        var name: String
        var reflexive: String
        var object: String
        var possessive: String
    }

    static let adminDocument = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#

    /// CreatePolicyVersion / SetDefaultPolicyVersion on a customer managed policy attached to
    /// the identity or one of its groups.
    private func policyVersionPaths<H: PolicyHolder>(_ caller: Caller, holder: H, groups: [Group], words: Words,
                                                     in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        var arns = holder.attachedPolicies.map(\.policyARN)
        for group in groups { arns += group.attachedPolicies.map(\.policyARN) }
        var findings: [EscalationFinding] = []
        var seen = Set<String>()
        for arn in arns where seen.insert(arn).inserted && !arn.hasPrefix("arn:aws:iam::aws:") {
            guard let parts = IAMARN.parse(arn), let policy = try lab.fetch(ManagedPolicy.self, ManagedPolicy.key(parts.accountID, parts.name)) else { continue }
            let tags = TagConditions.resource(policy.tags)
            if try allows(caller, "iam:CreatePolicyVersion", arn, tags: tags, in: lab) {
                findings.append(finding(caller, "iam:CreatePolicyVersion", arn,
                                        "\(words.name) can make \(words.reflexive) an administrator: iam:CreatePolicyVersion on a policy attached to \(words.object)",
                                        ["rolecall iam create-policy-version --policy-arn \(arn) --policy-document '\(Self.adminDocument)' --set-as-default"]))
            }
            if policy.versions.count > 1, try allows(caller, "iam:SetDefaultPolicyVersion", arn, tags: tags, in: lab) {
                let other = policy.versions.first { !$0.isDefaultVersion }?.versionID ?? "v1"
                findings.append(finding(caller, "iam:SetDefaultPolicyVersion", arn,
                                        "\(words.name) can change \(words.possessive) own permissions: iam:SetDefaultPolicyVersion on a policy attached to \(words.object)",
                                        ["rolecall iam set-default-policy-version --policy-arn \(arn) --version-id \(other)"]))
            }
        }
        return findings
    }

    /// Attach*/Put* policy on the identity itself.
    private func selfPolicyPaths(_ caller: Caller, resource: String, tags: [Tag], attach: String, put: String,
                                 command: (attach: String, put: String, flag: String), words: Words,
                                 in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        var findings: [EscalationFinding] = []
        let administrator = "arn:aws:iam::aws:policy/AdministratorAccess"
        if try allows(caller, attach, resource, tags: .resource(tags), policyARN: administrator, in: lab) {
            findings.append(finding(caller, attach, resource, "\(words.name) can make \(words.reflexive) an administrator: \(attach) on \(words.reflexive)",
                                    ["rolecall iam \(command.attach) \(command.flag) --policy-arn \(administrator)"]))
        }
        if try allows(caller, put, resource, tags: .resource(tags), in: lab) {
            findings.append(finding(caller, put, resource, "\(words.name) can make \(words.reflexive) an administrator: \(put) on \(words.reflexive)",
                                    ["rolecall iam \(command.put) \(command.flag) --policy-name escalate --policy-document '\(Self.adminDocument)'"]))
        }
        return findings
    }

    /// AttachRolePolicy/PutRolePolicy on a role of the account the caller may already assume.
    private func assumableRolePaths(_ caller: Caller, words: Words, in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        var findings: [EscalationFinding] = []
        let administrator = "arn:aws:iam::aws:policy/AdministratorAccess"
        for role in try lab.fetchAll(Role.self, in: caller.accountID) {
            let tags = TagConditions.resource(role.tags)
            let attach = try allows(caller, "iam:AttachRolePolicy", role.arn, tags: tags, policyARN: administrator, in: lab)
            let put = try allows(caller, "iam:PutRolePolicy", role.arn, tags: tags, in: lab)
            guard attach || put,
                  try evaluateTrust(role: role, caller: caller, sessionName: "escalation", in: lab, explain: false).isAllowed else { continue }
            let steps = ["rolecall sts assume-role --role-arn \(role.arn) --role-session-name escalation"]
            if attach {
                findings.append(finding(caller, "iam:AttachRolePolicy", role.arn,
                                        "\(words.name) can make \(words.reflexive) an administrator: iam:AttachRolePolicy on role \(role.roleName), which \(words.name) may assume",
                                        ["rolecall iam attach-role-policy --role-name \(role.roleName) --policy-arn \(administrator)"] + steps))
            }
            if put {
                findings.append(finding(caller, "iam:PutRolePolicy", role.arn,
                                        "\(words.name) can make \(words.reflexive) an administrator: iam:PutRolePolicy on role \(role.roleName), which \(words.name) may assume",
                                        ["rolecall iam put-role-policy --role-name \(role.roleName) --policy-name escalate --policy-document '\(Self.adminDocument)'"] + steps))
            }
        }
        return findings
    }

    /// UpdateAssumeRolePolicy on another role of the account, then AssumeRole of it.
    private func trustTakeoverPaths(_ caller: Caller, words: Words, skipping: String?,
                                    in lab: some LabRepository) throws(ServiceError) -> [EscalationFinding] {
        var findings: [EscalationFinding] = []
        for role in try lab.fetchAll(Role.self, in: caller.accountID) where role.roleName != skipping {
            let tags = TagConditions.resource(role.tags)
            // A trust policy naming the caller itself grants in the same account with no identity
            // policy for sts:AssumeRole (iam-semantics §3.4), so UpdateAssumeRolePolicy suffices.
            guard try allows(caller, "iam:UpdateAssumeRolePolicy", role.arn, tags: tags, in: lab) else { continue }
            let principal: String
            if case .roleSession(let session) = caller { principal = session.roleARN } else { principal = caller.arn }
            let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"\#(principal)"},"Action":"sts:AssumeRole"}]}"#
            findings.append(finding(caller, "iam:UpdateAssumeRolePolicy", role.arn,
                                    "\(words.name) can take over role \(role.roleName): iam:UpdateAssumeRolePolicy, then sts:AssumeRole",
                                    ["rolecall iam update-assume-role-policy --role-name \(role.roleName) --policy-document '\(trust)'",
                                     "rolecall sts assume-role --role-arn \(role.arn) --role-session-name takeover"]))
        }
        return findings
    }

    /// Whether `caller` may do `action` on `resource`, decided as `authorize` decides it.
    private func allows(_ caller: Caller, _ action: String, _ resource: String, tags: TagConditions = .none, policyARN: String? = nil,
                        in lab: some LabRepository) throws(ServiceError) -> Bool {
        let values = RequestValues(tags: tags, policyARN: policyARN)
        let context = try requestContext(for: caller, action: action, values: values, in: lab)
        return try evaluateIdentity(caller, action: action, resource: resource, context: context, in: lab, explain: false).isAllowed
    }

    private func finding(_ caller: Caller, _ action: String, _ resource: String, _ summary: String, _ path: [String]) -> EscalationFinding {
        EscalationFinding(principalARN: caller.arn, action: action, resource: resource, summary: summary, path: path)
    }
}
