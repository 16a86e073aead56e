import IAMPolicy

/// Access key and MFA device operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let credentials: [OperationEntry] = [
        on(OperationInput.CreateAccessKey.self) { service, input, caller, lab throws(ServiceError) in
            let key = try service.createAccessKey(userName: input.userName, caller: caller, in: &lab)
            var object = JSONObject()
            switch key.owner {
            case .user(_, let userName): object["UserName"] = .string(userName)
            case .root: break  // The root user's key names no user.
            default: return ResponseShapes.empty
            }
            object["AccessKeyId"] = .string(key.accessKeyID)
            object["Status"] = .string(key.status)
            object["SecretAccessKey"] = .string(key.secretAccessKey)
            object["CreateDate"] = ResponseShapes.date(key.createDate)
            return ResponseShapes.wrap("AccessKey", .object(object))
        },
        on(OperationInput.ListAccessKeys.self) { service, input, caller, lab throws(ServiceError) in
            let (userName, keys) = try service.listAccessKeys(userName: input.userName, caller: caller, in: lab)
            let metadata: [JSONValue] = keys.map { key in
                var object = JSONObject()
                if !userName.isEmpty { object["UserName"] = .string(userName) }
                object["AccessKeyId"] = .string(key.accessKeyID)
                object["Status"] = .string(key.status)
                object["CreateDate"] = ResponseShapes.date(key.createDate)
                return .object(object)
            }
            return .object(JSONObject(pairs: [("AccessKeyMetadata", .array(metadata)), ("IsTruncated", false)]))
        },
        on(OperationInput.GetAccessKeyLastUsed.self) { service, input, caller, lab throws(ServiceError) in
            let used = try service.getAccessKeyLastUsed(accessKeyId: input.accessKeyId, caller: caller, in: lab)
            var lastUsed = JSONObject()
            if let date = used.lastUsedDate { lastUsed["LastUsedDate"] = ResponseShapes.date(date) }
            lastUsed["ServiceName"] = .string(used.serviceName)
            lastUsed["Region"] = .string(used.region)
            return .object(JSONObject(pairs: [("UserName", .string(used.userName)), ("AccessKeyLastUsed", .object(lastUsed))]))
        },
        on(OperationInput.UpdateAccessKey.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateAccessKey(userName: input.userName, accessKeyId: input.accessKeyId,
                                        status: input.status, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteAccessKey.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteAccessKey(userName: input.userName, accessKeyId: input.accessKeyId, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.CreateVirtualMFADevice.self) { service, input, caller, lab throws(ServiceError) in
            let device = try service.createVirtualMFADevice(virtualMFADeviceName: input.virtualMFADeviceName,
                                                            path: input.path, caller: caller, in: &lab)
            return ResponseShapes.wrap("VirtualMFADevice", .object(JSONObject(pairs: [
                ("SerialNumber", .string(device.serialNumber)), ("Base32StringSeed", .string(device.base32StringSeed)),
            ])))
        },
        on(OperationInput.EnableMFADevice.self) { service, input, caller, lab throws(ServiceError) in
            try service.enableMFADevice(userName: input.userName, serialNumber: input.serialNumber,
                                        authenticationCode1: input.authenticationCode1,
                                        authenticationCode2: input.authenticationCode2, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListMFADevices.self) { service, input, caller, lab throws(ServiceError) in
            let devices = try service.listMFADevices(userName: input.userName, caller: caller, in: lab)
            let items: [JSONValue] = devices.map { device in
                var object = JSONObject(pairs: [("UserName", .string(device.userName ?? "")), ("SerialNumber", .string(device.serialNumber))])
                if let date = device.enableDate { object["EnableDate"] = ResponseShapes.date(date) }
                return .object(object)
            }
            return .object(JSONObject(pairs: [("MFADevices", .array(items)), ("IsTruncated", false)]))
        },
        on(OperationInput.ListVirtualMFADevices.self) { service, input, caller, lab throws(ServiceError) in
            let devices = try service.listVirtualMFADevices(assignmentStatus: input.assignmentStatus, caller: caller, in: lab)
            var items: [JSONValue] = []
            for device in devices {
                var object = JSONObject(pairs: [("SerialNumber", .string(device.serialNumber))])
                if let name = device.userName, let user = try lab.fetch(User.self, User.key(device.accountID, name)) {
                    object["User"] = ResponseShapes.user(user)
                }
                if let date = device.enableDate { object["EnableDate"] = ResponseShapes.date(date) }
                items.append(.object(object))
            }
            return .object(JSONObject(pairs: [("VirtualMFADevices", .array(items)), ("IsTruncated", false)]))
        },
        on(OperationInput.DeactivateMFADevice.self) { service, input, caller, lab throws(ServiceError) in
            // The model made UserName optional (it defaults to the caller); the lab still asks for it.
            guard let userName = input.userName else { throw ServiceParameters.missing("UserName") }
            try service.deactivateMFADevice(userName: userName, serialNumber: input.serialNumber, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteVirtualMFADevice.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteVirtualMFADevice(serialNumber: input.serialNumber, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
