import IAMKit

/// The Sign in page's "virtual MFA app" panel: the current code of each enabled lab device,
/// from IAMKit's `VirtualMFAApp` (device seed and the lab's clock, RFC 6238), so a training
/// room needs no phones.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
struct MFAAppPanel: Hashable, Sendable {
    /// One device as the app lists it.
    struct Entry: Hashable, Sendable {
        /// `alice @ development (123456789012)`.
        var label: String
        /// The device ARN.
        var serialNumber: String
        /// The current six digits.
        var code: String
        /// Seconds until the code changes.
        var secondsLeft: Int
    }

    /// Enabled devices of every account, by account then user.
    var entries: [Entry] = []

    /// Reads every enabled device in the lab and computes its code at `now`.
    static func load(lab: any LabGateway) -> MFAAppPanel {
        let app = VirtualMFAApp(clock: lab.service.clock)
        let entries = (try? lab.read { repo -> [Entry] in
            var found: [Entry] = []
            for account in try repo.records(Account.self, in: RecordKey.labScope) {
                for device in try repo.records(MFADevice.self, in: account.accountID) {
                    guard let user = device.userName, let shown = app.display(for: device) else { continue }
                    found.append(Entry(label: "\(user) @ \(account.alias ?? account.accountID)", serialNumber: shown.serialNumber,
                                       code: shown.code, secondsLeft: shown.secondsRemaining))
                }
            }
            return found
        }) ?? []
        return MFAAppPanel(entries: entries)
    }

    /// The panel's lines.
    var lines: [IdentityLine] {
        guard !entries.isEmpty else {
            return [IdentityLine(text: "No MFA device is enabled in this lab yet (Users page: m sets one up).", role: .muted)]
        }
        return entries.flatMap { entry in
            [IdentityLine(text: "\(entry.code.prefix(3)) \(entry.code.suffix(3))  \(entry.label)", role: .title),
             IdentityLine(text: "changes in \(entry.secondsLeft) s · \(entry.serialNumber)", role: .muted, indent: 1)]
        }
    }
}
