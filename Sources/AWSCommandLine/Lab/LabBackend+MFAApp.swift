import IAMKit
import IAMPolicy

extension LabBackend {
    /// `rolecall lab mfa-code --serial-number ARN`: the lab's authenticator app.
    func mfaCode(_ parameters: JSONObject, options: GlobalOptions) throws(CommandError) -> JSONValue {
        let store = try open(options, create: false)
        let serialNumber = parameters["SerialNumber"]?.stringValue ?? ""
        let app = VirtualMFAApp(clock: service.clock)
        let display = try transact(store, readOnly: true, operation: "LabMFACode") { lab in
            try app.display(serialNumber: serialNumber, in: lab)
        }
        guard let display else {
            throw .other("rolecall: the lab has no virtual MFA device \(serialNumber); list them with: rolecall iam list-virtual-mfa-devices")
        }
        var object = JSONObject()
        object["SerialNumber"] = .string(display.serialNumber)
        if let user = display.userName { object["UserName"] = .string(user) }
        object["Code"] = .string(display.code)
        object["SecondsRemaining"] = .number(JSONNumber(display.secondsRemaining))
        return .object(object)
    }
}
