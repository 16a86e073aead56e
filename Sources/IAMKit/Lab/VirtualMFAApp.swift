/// The lab's stand-in for an authenticator app on a phone: it shows the current code of a
/// virtual MFA device, so a training room needs no phones. Not an AWS API: AWS never shows a
/// device's seed again after CreateVirtualMFADevice, but a lab keeps it to compute codes.
public struct VirtualMFAApp: Sendable {
    /// What the app shows for one device.
    public struct Display: Sendable, Hashable {
        /// The device's serial number (its ARN).
        public var serialNumber: String
        /// The user the device is enabled for, if any.
        public var userName: String?
        /// The current six-digit code (RFC 6238, 30-second steps).
        public var code: String
        /// Seconds until the next code.
        public var secondsRemaining: Int
    }

    /// Where time comes from (the lab's clock, so `ROLECALL_NOW` gives reproducible codes).
    public var clock: any Clock

    /// Creates an app reading `clock`.
    public init(clock: any Clock) {
        self.clock = clock
    }

    /// The display for the device with `serialNumber` (`arn:aws:iam::ACCT:mfa/NAME`), or nil
    /// when the lab has no such virtual device.
    public func display(serialNumber: String, in lab: some LabRepository) throws -> Display? {
        let accountID = serialNumber.split(separator: ":", omittingEmptySubsequences: false).dropFirst(4).first.map(String.init) ?? ""
        guard let device = try lab.records(MFADevice.self, in: accountID).first(where: { $0.serialNumber == serialNumber }) else {
            return nil
        }
        return display(for: device)
    }

    /// The display for `device`, or nil when its seed does not decode.
    public func display(for device: MFADevice) -> Display? {
        guard let totp = device.totp else { return nil }
        let now = clock.now()
        let elapsed = Int(((now.secondsSince1970 % totp.period) + totp.period) % totp.period)
        return Display(serialNumber: device.serialNumber, userName: device.userName, code: totp.code(at: now),
                       secondsRemaining: Int(totp.period) - elapsed)
    }
}
