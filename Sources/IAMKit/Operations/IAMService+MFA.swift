/// Virtual MFA device operations and TOTP verification.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html
extension IAMService {
    /// What CreateVirtualMFADevice returns: the serial number, the Base32 seed and the
    /// `otpauth://` URI its QR code encodes (`MFADevice.otpauthURI`).
    public struct VirtualMFADeviceSecret: Sendable, Hashable {
        /// The device ARN.
        public var serialNumber: String
        /// Base32 seed (`Base32StringSeed`).
        public var base32StringSeed: String
        /// `otpauth://totp/...` for authenticator apps.
        public var otpauthURI: String
    }

    /// CreateVirtualMFADevice: a device with a fresh 20-byte seed (160 bits, as RFC 4226 recommends).
    public func createVirtualMFADevice(virtualMFADeviceName: String, path: String? = nil, caller: Caller,
                                       in lab: inout some LabRepository) throws(ServiceError) -> VirtualMFADeviceSecret {
        var check = ParameterValidator(operation: "CreateVirtualMFADevice")
        check.member(virtualMFADeviceName, at: "virtualMFADeviceName")
        check.member(path, at: "path")
        try check.check()
        let device = MFADevice(accountID: caller.accountID, path: path ?? "/", deviceName: virtualMFADeviceName,
                               base32Seed: Base32.encode(ids.bytes(20), padded: false))
        try authorize(caller, "iam:CreateVirtualMFADevice", on: device.serialNumber, in: lab)
        if try lab.fetch(MFADevice.self, device.recordKey) != nil {
            throw ServiceError.entityAlreadyExists("MFADevice entity at the same path and name already exists.")
        }
        try lab.save(device)
        return VirtualMFADeviceSecret(serialNumber: device.serialNumber, base32StringSeed: device.base32Seed,
                                      otpauthURI: device.otpauthURI)
    }

    /// EnableMFADevice: two consecutive codes prove the app holds the seed.
    public func enableMFADevice(userName: String, serialNumber: String, authenticationCode1: String, authenticationCode2: String,
                                caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "EnableMFADevice")
        check.member(userName, at: "userName")
        check.member(serialNumber, at: "serialNumber")
        for (code, name) in [(authenticationCode1, "authenticationCode1"), (authenticationCode2, "authenticationCode2")] {
            check.member(code, at: name)
        }
        try check.check()
        let user = try requireUser(userName, action: "iam:EnableMFADevice", caller: caller, in: lab)
        var device = try requireDevice(serialNumber, in: lab)
        if device.userName != nil {
            throw ServiceError.entityAlreadyExists("MFA Device is already in use.")
        }
        guard let totp = device.totp else { throw ServiceError.serviceFailure("The MFA device seed is unreadable.") }
        let now = totp.step(at: clock.now())
        // Consecutive codes ending at the current step, with one step of drift either way.
        let accepted = (now.saturatingSubtract(2)...now).contains { first in
            totp.code(counter: first) == authenticationCode1 && totp.code(counter: first + 1) == authenticationCode2
        }
        guard accepted else {
            throw ServiceError(code: "InvalidAuthenticationCode", message: "Authentication code for device is not valid.", httpStatus: 403)
        }
        device.userName = user.userName
        device.enableDate = clock.now()
        try lab.save(device)
    }

    /// ListMFADevices: the user's enabled devices.
    public func listMFADevices(userName: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [MFADevice] {
        guard let name = userName ?? IAMService.callerUserName(caller) else {
            try authorize(caller, "iam:ListMFADevices", on: IAMARN.root(caller.accountID), in: lab)
            return []
        }
        let user = try requireUser(name, action: "iam:ListMFADevices", caller: caller, in: lab)
        return try devices(of: user, in: lab)
    }

    /// ListVirtualMFADevices: `Assigned`, `Unassigned` or `Any`.
    public func listVirtualMFADevices(assignmentStatus: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [MFADevice] {
        try authorize(caller, "iam:ListVirtualMFADevices", on: "arn:aws:iam::\(caller.accountID):mfa/", in: lab)
        let all = try lab.fetchAll(MFADevice.self, in: caller.accountID)
        switch assignmentStatus ?? "Any" {
        case "Assigned": return all.filter { $0.userName != nil }
        case "Unassigned": return all.filter { $0.userName == nil }
        case "Any": return all
        case let other:
            var check = ParameterValidator(operation: "ListVirtualMFADevices")
            check.fail(other, at: "assignmentStatus", mustText: "satisfy enum value set: [Assigned, Unassigned, Any]")
            try check.check()
            return all
        }
    }

    /// DeactivateMFADevice: unassigns the device from the user.
    public func deactivateMFADevice(userName: String, serialNumber: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        let user = try requireUser(userName, action: "iam:DeactivateMFADevice", caller: caller, in: lab)
        var device = try requireDevice(serialNumber, in: lab)
        guard device.userName == user.userName else {
            throw ServiceError.noSuchEntity("MFA Device with serial number \(serialNumber) does not exist.")
        }
        device.userName = nil
        device.enableDate = nil
        try lab.save(device)
    }

    /// DeleteVirtualMFADevice: only when no longer assigned.
    public func deleteVirtualMFADevice(serialNumber: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try authorize(caller, "iam:DeleteVirtualMFADevice", on: serialNumber, in: lab)
        let device = try requireDevice(serialNumber, in: lab)
        if device.userName != nil {
            throw ServiceError.deleteConflict("MFA Device is still in use.")
        }
        try lab.delete(device.recordKey)
    }

    /// The devices enabled for `user`.
    func devices(of user: User, in lab: some LabRepository) throws(ServiceError) -> [MFADevice] {
        try lab.fetchAll(MFADevice.self, in: user.accountID).filter { $0.userName == user.userName }
    }

    /// The device with serial number (ARN) `serialNumber`.
    func requireDevice(_ serialNumber: String, in lab: some LabRepository) throws(ServiceError) -> MFADevice {
        guard let parts = IAMARN.parse(serialNumber), parts.resourceType == "mfa",
              let device = try lab.fetch(MFADevice.self, MFADevice.key(parts.accountID, parts.name)),
              device.serialNumber == serialNumber else {
            throw ServiceError.noSuchEntity("MFA Device with serial number \(serialNumber) does not exist.")
        }
        return device
    }

    /// Whether `code` is the device's current TOTP code, one 30-second step of drift either way.
    func isValidCode(_ code: String, for device: MFADevice) -> Bool {
        device.totp?.matchingStep(code, at: clock.now(), drift: 1) != nil
    }
}

extension UInt64 {
    /// `self - other`, or 0 when that would be negative.
    func saturatingSubtract(_ other: UInt64) -> UInt64 { self > other ? self - other : 0 }
}
