import IAMKit

extension SessionPage {
    /// Reads the session, its time left and its policies again.
    mutating func reload(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        let now = environment.clock.now()
        guard var console = try? lab.consoleSession() else {
            sessionLines = [IdentityLine(text: "Nobody is signed in.", role: .muted)]
            summary = []
            return
        }
        let caller = lab.service.currentCaller(of: &console)
        sessionLines = Self.sessionLines(console, caller: caller, now: now)
        summary = (try? lab.read { repo in try lab.service.permissionSummary(for: caller, in: repo) }) ?? []
    }

    /// Who acts, and when the session ends.
    static func sessionLines(_ console: ConsoleSession, caller: Caller, now: Timestamp) -> [IdentityLine] {
        var lines = [IdentityLine(text: "Acting as \(caller.arn)", role: .text)]
        if let active = console.activeRole {
            lines.append(IdentityLine(text: "Role \(active.displayName), switched from \(console.signIn.displayName)",
                                      role: StyleRole.switchRole(active.color)))
            lines.append(expiry(active.session.expiration, now: now, what: "Role session"))
        } else {
            let end = console.signedInAt.adding(seconds: consoleSignInSeconds)
            lines.append(expiry(end, now: now, what: "Console sign-in"))
        }
        return lines
    }

    /// `Role session expires 2026-11-29T09:00:00Z: 59 min 30 s left`.
    static func expiry(_ end: Timestamp, now: Timestamp, what: String) -> IdentityLine {
        let left = end.secondsSince1970 - now.secondsSince1970
        guard left > 0 else { return IdentityLine(text: "\(what) expired at \(end.iso8601)", role: .danger) }
        return IdentityLine(text: "\(what) expires \(end.iso8601): \(duration(left)) left", role: left < 300 ? .warning : .success)
    }

    /// `1 h 5 min`, `59 min 30 s`, `45 s`.
    static func duration(_ seconds: Int64) -> String {
        let hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = seconds % 60
        if hours > 0 { return "\(hours) h \(minutes) min" }
        if minutes > 0 { return "\(minutes) min \(rest) s" }
        return "\(rest) s"
    }

    /// The effective-permissions summary as lines.
    var summaryLines: [IdentityLine] {
        guard !summary.isEmpty else {
            return [IdentityLine(text: "No policy: this session may do nothing (implicit deny everywhere).", role: .warning)]
        }
        return summary.flatMap { policy in
            [IdentityLine(text: "\(policy.name) (\(policy.source))", role: .title)]
                + policy.statements.map { IdentityLine(text: $0, role: $0.hasPrefix("Deny") ? .danger : .text, indent: 1) }
        }
    }
}
