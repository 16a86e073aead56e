import IAMKit

extension SwitchRolePage {
    /// The form and outcome on the left; the identity menu (who, active role, recent roles) on
    /// the right when wide, above the outcome when narrow.
    public func render(into frame: inout Frame, area: Rect) {
        let wide = area.width >= 100
        let (main, menu) = FormValues.split(area, sideFraction: 0.4, narrowHeight: 0)
        let inner = frame.panel(main, title: "Switch Role")
        var y = inner.row
        form.render(into: &frame, area: inner, row: y, labelWidth: 13)
        y += form.fields.count
        var hints = [IdentityLine(text: "Enter switches; ↑ ↓ fields; ← → colour; Esc leaves the field" + leaveFieldHint + ".", role: .muted)]
        if guided {
            hints.append(IdentityLine(text: "The switch is authorized with your own sign-in: the role's trust policy must trust you, and your own policies must allow sts:AssumeRole on it.",
                                      role: .info))
        }
        // Narrow screens give the hints' rows to a refusal's explanation.
        if wide || message.isEmpty { y = IdentityLine.render(hints, into: &frame, area: inner, row: y) }
        if wide {
            let menuInner = frame.panel(menu, title: "Identity")
            IdentityLine.render(menuLines, into: &frame, area: menuInner, row: menuInner.row)
        } else {
            y = IdentityLine.render(compactMenuLines, into: &frame, area: inner, row: y)
        }
        IdentityLine.render(message, into: &frame, area: inner, row: y)
    }

    /// What the keys outside the fields do now: b only while a role is active, digits only for
    /// the roles the history holds.
    var leaveFieldHint: String {
        var keys: [String] = []
        if session?.activeRole != nil { keys.append("b = back") }
        switch session?.history.count ?? 0 {
        case 0: break
        case 1: keys.append("1 = recent role")
        case let count: keys.append("1-\(count) = recent role")
        }
        return keys.isEmpty ? "" : ", then " + keys.joined(separator: ", ")
    }

    /// The identity menu: who is signed in, the active role, and the recent roles.
    var menuLines: [IdentityLine] {
        guard let session else { return [IdentityLine(text: "Not signed in.", role: .muted)] }
        var lines = [IdentityLine(text: "Signed in: \(session.signIn.arn)", role: .text)]
        if let active = session.activeRole {
            lines.append(IdentityLine(text: "Active: \(active.displayName)", role: StyleRole.switchRole(active.color)))
            lines.append(IdentityLine(text: active.session.arn, role: .muted, indent: 1))
            lines.append(IdentityLine(text: "b  Back to \(session.signIn.displayName)", role: .keyHint))
        } else {
            lines.append(IdentityLine(text: "No role active: your own permissions apply.", role: .muted))
        }
        lines.append(IdentityLine(text: "Role history", role: .title))
        if session.history.isEmpty {
            lines.append(IdentityLine(text: "(no role used yet)", role: .muted, indent: 1))
        }
        for (index, entry) in session.history.enumerated() {
            lines.append(IdentityLine(text: "\(index + 1)  \(entry.displayName)", role: StyleRole.switchRole(entry.color)))
            lines.append(IdentityLine(text: "\(entry.role) in \(entry.accountLabel)", role: .muted, indent: 1))
        }
        return lines
    }

    /// The menu in a few lines for narrow screens.
    var compactMenuLines: [IdentityLine] {
        guard let session else { return [] }
        var lines: [IdentityLine] = []
        if let active = session.activeRole {
            lines.append(IdentityLine(text: "Active: \(active.displayName) · b Back to \(session.signIn.displayName)",
                                      role: StyleRole.switchRole(active.color)))
        }
        if !session.history.isEmpty {
            lines.append(IdentityLine(text: "Recent: " + session.history.enumerated().map { "\($0.offset + 1) \($0.element.displayName)" }
                .joined(separator: " · "), role: .muted))
        }
        return lines
    }
}
