import IAMKit

extension SwitchRolePage {
    /// Switches to the role in the form.
    mutating func switchRole(in environment: ConsoleEnvironment) -> [Effect] {
        let color = ConsoleColor(rawValue: form.fields[Self.color].text) ?? .blue
        let account = form[Self.account], role = form[Self.role], displayName = form[Self.displayName]
        return perform(account: account, role: role, displayName: displayName, color: color, in: environment) { service, console, repo in
            try service.switchRole(&console, account: account, role: role, displayName: displayName.isEmpty ? nil : displayName,
                                   color: color, in: &repo)
        }
    }

    /// Switches to entry `index` of the role history.
    mutating func switchRole(toRecent index: Int, in environment: ConsoleEnvironment) -> [Effect] {
        guard let entry = session?.history[safe: index] else { return [.bell] }
        return perform(account: entry.accountLabel, role: entry.role, displayName: entry.displayName, color: entry.color, in: environment) { service, console, repo in
            try service.switchRole(&console, toHistoryEntry: index, in: &repo)
        }
    }

    /// "Back to <user>".
    mutating func switchBack(in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab
        guard var console = session, console.activeRole != nil else { return [.bell] }
        let name = console.signIn.displayName
        do {
            _ = try lab.write(eventName: "SwitchBack") { repo in try lab.service.switchBack(&console, in: &repo) }
            message = [IdentityLine(text: "Back to \(name): your own permissions apply again.", role: .success)]
        } catch {
            message = [IdentityLine(text: "\(error)", role: .danger)]
        }
        reload(in: environment)
        return [.currentIdentity(of: lab)]
    }

    /// Runs one switch; on refusal shows the console's message and the reasons beneath it.
    private mutating func perform(account: String, role: String, displayName: String, color: ConsoleColor, in environment: ConsoleEnvironment,
                                  _ body: (IAMService, inout ConsoleSession, inout any LabRepository) throws -> Void) -> [Effect] {
        let lab = environment.lab
        reload(in: environment)
        guard var console = session else {
            message = [IdentityLine(text: "Sign in first (Sign in page).", role: .danger)]
            return [.bell]
        }
        let service = lab.service
        do {
            _ = try lab.write(eventName: "SwitchRole") { repo in try body(service, &console, &repo) }
            reload(in: environment)
            form.isDirty = false
            let active = session?.activeRole
            message = [IdentityLine(text: "Switched to \(active?.session.roleARN ?? role) as \(active?.displayName ?? displayName).", role: .success),
                       IdentityLine(text: "Only the role's permissions apply now; b goes back to \(console.signIn.displayName).", role: .muted)]
            return [.currentIdentity(of: lab)]
        } catch let error as ServiceError {
            message = [IdentityLine(text: error.message, role: .danger)]
            message += refusalLines(account: account, role: role, in: environment)
        } catch {
            message = [IdentityLine(text: "The lab could not be written: \(error)", role: .danger)]
        }
        reload(in: environment)
        return [.bell]
    }

    /// Why the switch was refused: the reasons, then the engine's explanation.
    func refusalLines(account: String, role: String, in environment: ConsoleEnvironment) -> [IdentityLine] {
        let lab = environment.lab
        guard let console = session,
              let refusal = try? lab.read({ repo in try lab.service.switchRoleRefusal(console, account: account, role: role, in: repo) })
        else { return [] }
        var lines = [IdentityLine(text: "Why:", role: .title)]
        lines += refusal.reasons.map { IdentityLine(text: "• " + $0, role: .warning, indent: 1) }
        if let decision = refusal.decision, let arn = refusal.roleARN {
            lines.append(IdentityLine(text: "What the engine tested:", role: .title))
            lines += IdentityLine.lines(AccessExplanation(decision, action: "sts:AssumeRole", resource: arn)).map { line in
                var line = line
                line.indent += 1
                return line
            }
        }
        return lines
    }
}

extension Caller {
    /// The name "Back to <name>" uses: the user name, or `root`.
    var displayName: String {
        switch self {
        case .root: "root"
        case .user(let identity): identity.userName
        case .roleSession(let session): session.roleName
        }
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
