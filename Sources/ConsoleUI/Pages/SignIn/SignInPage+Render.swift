extension SignInPage {
    /// Form and messages on the left, the virtual MFA app on the right (below it when narrow).
    public func render(into frame: inout Frame, area: Rect) {
        let (formArea, appArea) = FormValues.split(area, sideFraction: 0.4,
                                                     narrowHeight: min(max(4, app.lines.count + 2), area.height / 3))
        let inner = frame.panel(formArea, title: "Sign in")
        var y = inner.row
        y = IdentityLine.render([IdentityLine(text: "Signed in now: \(signedIn)", role: .muted)], into: &frame, area: inner, row: y) + 1
        form.render(into: &frame, area: inner, row: y, labelWidth: 14)
        y += form.fields.count + 1
        var help = [IdentityLine(text: "Leave the user name empty to sign in as the account's root user. Enter signs in; ↑ ↓ move between fields; Esc leaves the field.",
                                 role: .muted)]
        if guided {
            help.append(IdentityLine(text: "A user with a console password gives it first (the demo's are in `rolecall lab info`); "
                                     + "a user with an MFA device then gives the 6-digit code it shows now; the panel shows the lab devices' codes.",
                                     role: .info))
        }
        y = IdentityLine.render(help, into: &frame, area: inner, row: y) + 1
        IdentityLine.render(message, into: &frame, area: inner, row: y)
        let appInner = frame.panel(appArea, title: "Virtual MFA app")
        IdentityLine.render(app.lines, into: &frame, area: appInner, row: appInner.row)
    }
}
