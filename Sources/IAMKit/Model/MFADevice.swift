/// A virtual MFA device: a Base32 seed shared with an authenticator app, and the user it is
/// enabled for.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html
public struct MFADevice: LabRecord {
    /// Devices are per-account records.
    public static let kind = RecordKind.mfaDevice

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Device name.
    public var deviceName: String
    /// The seed, Base32 without padding (`Base32StringSeed`). A secret: never logged.
    public var base32Seed: String
    /// The user the device is enabled for, nil while unassigned.
    public var userName: String?
    /// When it was enabled.
    public var enableDate: Timestamp?
    /// Tags.
    public var tags: [Tag]

    /// Creates a device record.
    public init(accountID: String, path: String = "/", deviceName: String, base32Seed: String, userName: String? = nil,
                enableDate: Timestamp? = nil, tags: [Tag] = []) {
        self.accountID = accountID
        self.path = path
        self.deviceName = deviceName
        self.base32Seed = base32Seed
        self.userName = userName
        self.enableDate = enableDate
        self.tags = tags
    }

    /// `<account>/mfaDevice/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, deviceName) }

    /// The key for device `name` in `accountID`.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .mfaDevice, scope: accountID, name: name.lowercased())
    }

    /// The serial number (the device ARN).
    public var serialNumber: String { IAMARN.mfa(accountID, path: path, name: deviceName) }

    /// What the QR code AWS returns as `QRCodePNG` encodes:
    /// `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=$Base32String`, the account
    /// name being the account ID (no user is set when the device is created).
    /// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_VirtualMFADevice.html
    public var otpauthURI: String { "otpauth://totp/\(deviceName)@\(accountID)?secret=\(base32Seed)" }

    /// The same URI from a serial number (`arn:aws:iam::ACCOUNT:mfa/[PATH/]NAME`) and seed, as a
    /// CreateVirtualMFADevice response carries them; nil for anything that is not an MFA ARN.
    public static func otpauthURI(serialNumber: String, base32Seed: String) -> String? {
        let parts = serialNumber.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[5].hasPrefix("mfa/"),
              let name = parts[5].split(separator: "/").last else { return nil }
        let device = MFADevice(accountID: String(parts[4]), deviceName: String(name), base32Seed: base32Seed)
        return device.otpauthURI
    }

    /// The device's TOTP generator; nil if the stored seed is not valid Base32.
    public var totp: TOTP? { Base32.decode(base32Seed).map { TOTP(secret: $0) } }
}
