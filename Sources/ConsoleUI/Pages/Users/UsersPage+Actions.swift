import IAMKit

extension UsersPage {
    /// Reads the account's users and groups as the console's caller (ListUsers, ListGroups).
    mutating func reload(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        let selectedName = selectedRow?.name, previous = selection.selected
        do {
            guard let caller = try lab.currentCaller() else {
                rows = []
                accountLabel = "nobody signed in"
                return
            }
            let service = lab.service
            accountID = caller.accountID
            trustingRoleARNs = (try? lab.read { repo in try Self.rolesTrusting(caller.accountID, in: repo) }) ?? []
            (rows, accountLabel) = try lab.read { repo in
                let users = try Self.all { marker throws(ServiceError) in try service.listUsers(marker: marker, caller: caller, in: repo) }
                let groups = try Self.all { marker throws(ServiceError) in try service.listGroups(marker: marker, caller: caller, in: repo) }
                let devices = try repo.records(MFADevice.self, in: caller.accountID)
                let alias = try repo.record(Account.self, at: Account.key(caller.accountID))?.alias
                let label = alias.map { "\($0) (\(caller.accountID))" } ?? caller.accountID
                var userRows: [UsersRow] = []
                for user in users {
                    var row = UsersRow(user: user, devices: devices)
                    row.escalationFindings = try service.escalationFindings(forUser: user.userName, accountID: user.accountID, in: repo)
                        .flatMap(\.lines)
                    userRows.append(row)
                }
                return (userRows + groups.map { UsersRow(group: $0) }, label)
            }
        } catch let error as ServiceError {
            rows = []
            message = [IdentityLine(text: "\(error.code): \(error.message)", role: .danger)]
        } catch {
            rows = []
            message = [IdentityLine(text: "The lab could not be read: \(error)", role: .danger)]
        }
        // The same row when it is still there, else the same position.
        let index = visibleRows.firstIndex { $0.name == selectedName } ?? previous
        list.selection.select(index, count: list.count, visibleRows: 8)
    }

    /// ARNs of the lab's roles (any account) whose trust policy names `accountID`: the roles
    /// this account's users may be granted `sts:AssumeRole` on. The lab plays every account,
    /// as the guide's two administrators would each know their side.
    static func rolesTrusting(_ accountID: String, in repo: any LabRepository) throws -> [String] {
        var arns: [String] = []
        for account in try repo.records(Account.self, in: RecordKey.labScope) {
            for role in try repo.records(Role.self, in: account.accountID)
            where TrustPrincipal.all(inTrustPolicy: role.assumeRolePolicyDocument).contains(where: { $0.accountID == accountID }) {
                arns.append(role.arn)
            }
        }
        return arns.sorted()
    }

    /// Every item of a paginated IAM listing.
    static func all<T>(_ page: (String?) throws(ServiceError) -> IAMKit.Page<T>) throws(ServiceError) -> [T] {
        var items: [T] = []
        var marker: String?
        repeat {
            let next = try page(marker)
            items += next.items
            marker = next.isTruncated ? next.marker : nil
        } while marker != nil
        return items
    }

    /// Runs the open prompt's operation.
    mutating func submit(in environment: ConsoleEnvironment) {
        guard let prompt else { return }
        let first = form[0], second = form[1]
        if prompt == .filter {
            self.prompt = nil
            return
        }
        // Tag keys and values are not trimmed: spaces are tag characters (\\p{Z}); TagUser judges them.
        let tagKey = form.fields.first?.text ?? "", tagValue = form.fields.count > 1 ? form.fields[1].text : ""
        let outcome = run(eventName: Self.eventName(prompt, first: first), in: environment) { service, caller, repo throws(ServiceError) -> String in
            switch prompt {
            case .createUser:
                let user = try service.createUser(userName: first, caller: caller, in: &repo)
                return "Created user \(user.userName) (\(user.arn))."
            case .createGroup:
                let group = try service.createGroup(groupName: first, caller: caller, in: &repo)
                return "Created group \(group.groupName) (\(group.arn))."
            case .addToGroup(let user):
                try service.addUserToGroup(groupName: first, userName: user, caller: caller, in: &repo)
                return "Added \(user) to \(first)."
            case .attachPolicy(let row):
                if row.kind == .user {
                    try service.attachUserPolicy(userName: row.name, policyArn: first, caller: caller, in: &repo)
                } else {
                    try service.attachGroupPolicy(groupName: row.name, policyArn: first, caller: caller, in: &repo)
                }
                return "Attached \(first) to \(row.name)."
            case .inlinePolicy, .filter:
                return ""  // the inline policy goes through $EDITOR; the filter applies as typed
            case .tag(let user, let replacing):
                let change = TagEditor.set(key: tagKey, value: tagValue, replacing: replacing)
                if !change.untag.isEmpty { try service.untagUser(userName: user, tagKeys: change.untag, caller: caller, in: &repo) }
                try service.tagUser(userName: user, tags: change.tag, caller: caller, in: &repo)
                return change.summary
            case .enableMFA(let user, let serial, _, _):
                try service.enableMFADevice(userName: user, serialNumber: serial, authenticationCode1: first, authenticationCode2: second,
                                            caller: caller, in: &repo)
                return "MFA device \(serial) is enabled for \(user): sign-in now asks for its code."
            }
        }
        if let outcome {
            message = [IdentityLine(text: outcome, role: .success)]
            self.prompt = nil
            reload(in: environment)
            if case .createUser = prompt, let index = visibleRows.firstIndex(where: { $0.kind == .user && $0.name == first }) {
                selection.select(index, count: visibleRows.count, visibleRows: 8)
            }
        }
    }

    /// The audit event of a prompt.
    static func eventName(_ prompt: UsersPrompt, first: String) -> String {
        switch prompt {
        case .createUser: "CreateUser"
        case .createGroup: "CreateGroup"
        case .addToGroup: "AddUserToGroup"
        case .attachPolicy(let row): row.kind == .user ? "AttachUserPolicy" : "AttachGroupPolicy"
        case .inlinePolicy(let row): row.kind == .user ? "PutUserPolicy" : "PutGroupPolicy"
        case .enableMFA: "EnableMFADevice"
        case .filter: "Filter"
        case .tag: "TagUser"
        }
    }

    /// CreateAccessKey for the selected user; the secret stays on screen until the next key.
    mutating func createAccessKey(in environment: ConsoleEnvironment) {
        guard let row = selectedRow, row.kind == .user else { return }
        var created: AccessKey?
        let outcome = run(eventName: "CreateAccessKey", in: environment) { service, caller, repo throws(ServiceError) -> String in
            created = try service.createAccessKey(userName: row.name, caller: caller, in: &repo)
            return "Created access key \(created?.accessKeyID ?? "") for \(row.name)."
        }
        guard let outcome, let created else { return }
        revealedKey = created
        message = [IdentityLine(text: outcome, role: .success)]
        reload(in: environment)
    }

    /// CreateVirtualMFADevice named after the selected user, then the EnableMFADevice form.
    /// An unassigned device of that name (a setup abandoned earlier) is replaced, as the
    /// console's wizard starts over with a new seed.
    mutating func setUpMFA(in environment: ConsoleEnvironment) {
        guard let row = selectedRow, row.kind == .user else { return }
        var secret: IAMService.VirtualMFADeviceSecret?
        _ = run(eventName: "CreateVirtualMFADevice", in: environment) { service, caller, repo throws(ServiceError) -> String in
            let existing = try? repo.record(MFADevice.self, at: MFADevice.key(caller.accountID, row.name))
            if let existing, existing.userName == nil {
                try service.deleteVirtualMFADevice(serialNumber: existing.serialNumber, caller: caller, in: &repo)
            }
            secret = try service.createVirtualMFADevice(virtualMFADeviceName: row.name, caller: caller, in: &repo)
            return ""
        }
        guard let secret else { return }
        open(.enableMFA(user: row.name, serialNumber: secret.serialNumber, seed: secret.base32StringSeed, uri: secret.otpauthURI))
        mfaStepShown = currentMFAStep(environment.clock)
    }

    /// While a virtual MFA device is being set up, the lab app's two codes beside the form
    /// follow the clock without a key: the page changes when the 30-second step does.
    public mutating func clockTicked(in environment: ConsoleEnvironment) -> Bool {
        guard let step = currentMFAStep(environment.clock), step != mfaStepShown else { return false }
        mfaStepShown = step
        return true
    }

    /// The TOTP step of the device being set up, at `clock`'s time now.
    func currentMFAStep(_ clock: any Clock) -> UInt64? {
        guard case .enableMFA(_, _, let seed, _) = prompt, let secret = Base32.decode(seed) else { return nil }
        return TOTP(secret: secret).step(at: clock.now())
    }

    /// Runs one write as the console's caller; shows AWS's message on failure (nil result).
    mutating func run(eventName: String, in environment: ConsoleEnvironment,
                      _ body: (IAMService, Caller, inout any LabRepository) throws(ServiceError) -> String) -> String? {
        let lab = environment.lab
        do {
            guard let caller = try lab.currentCaller() else {
                message = [IdentityLine(text: "Sign in first (Sign in page).", role: .danger)]
                return nil
            }
            let service = lab.service
            return try lab.write(eventName: eventName) { repo in try body(service, caller, &repo) }
        } catch let error as ServiceError {
            message = [IdentityLine(text: "\(error.code): \(error.message)", role: .danger)]
        } catch {
            message = [IdentityLine(text: "The lab could not be written: \(error)", role: .danger)]
        }
        return nil
    }
}
