import IAMKit

/// The Sign in page's "virtual MFA app" panel: the current code of each enabled lab device,
/// from IAMKit's `VirtualMFAApp` (device seed and the lab's clock, RFC 6238), so a training
/// room needs no phones.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
struct MFAAppPanel: Equatable, Sendable {
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
    /// The devices behind `entries` with their labels, kept so the codes can follow the clock
    /// every second without reading the lab again.
    var devices: [LabeledDevice] = []

    /// A device and how the app labels it.
    struct LabeledDevice: Equatable, Sendable {
        /// `alice @ development`.
        var label: String
        /// The device (its seed makes the codes).
        var device: MFADevice
    }

    /// Reads every enabled device in the lab and computes its code at `now`.
    static func load(lab: any LabGateway, clock: any Clock) -> MFAAppPanel {
        let devices = (try? lab.read { repo -> [LabeledDevice] in
            var found: [LabeledDevice] = []
            for account in try repo.records(Account.self, in: RecordKey.labScope) {
                for device in try repo.records(MFADevice.self, in: account.accountID) {
                    guard let user = device.userName else { continue }
                    found.append(LabeledDevice(label: "\(user) @ \(account.alias ?? account.accountID)", device: device))
                }
            }
            return found
        }) ?? []
        return MFAAppPanel(devices: devices, clock: clock)
    }

    /// The panel for `devices`, their codes at `clock`'s time.
    init(devices: [LabeledDevice] = [], clock: any Clock = SystemClock()) {
        self.devices = devices
        let app = VirtualMFAApp(clock: clock)
        entries = devices.compactMap { labeled in
            app.display(for: labeled.device).map {
                Entry(label: labeled.label, serialNumber: $0.serialNumber, code: $0.code, secondsLeft: $0.secondsRemaining)
            }
        }
    }

    /// The same devices with their codes at `clock`'s time now; returns whether the panel
    /// changed (a new code, or one second fewer left).
    mutating func refresh(clock: any Clock) -> Bool {
        let fresh = MFAAppPanel(devices: devices, clock: clock)
        guard fresh.entries != entries else { return false }
        self = fresh
        return true
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
