import IAMPolicy

/// Access key and MFA device operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let credentials: [String: OperationHandler] = [
        "CreateAccessKey": { service, p, caller, lab throws(ServiceError) in
            let key = try service.createAccessKey(userName: p.string("UserName"), caller: caller, in: &lab)
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
        "ListAccessKeys": { service, p, caller, lab throws(ServiceError) in
            let (userName, keys) = try service.listAccessKeys(userName: p.string("UserName"), caller: caller, in: lab)
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
        "GetAccessKeyLastUsed": { service, p, caller, lab throws(ServiceError) in
            let used = try service.getAccessKeyLastUsed(accessKeyId: p.required("AccessKeyId"), caller: caller, in: lab)
            var lastUsed = JSONObject()
            if let date = used.lastUsedDate { lastUsed["LastUsedDate"] = ResponseShapes.date(date) }
            lastUsed["ServiceName"] = .string(used.serviceName)
            lastUsed["Region"] = .string(used.region)
            return .object(JSONObject(pairs: [("UserName", .string(used.userName)), ("AccessKeyLastUsed", .object(lastUsed))]))
        },
        "UpdateAccessKey": { service, p, caller, lab throws(ServiceError) in
            try service.updateAccessKey(userName: p.string("UserName"), accessKeyId: p.required("AccessKeyId"),
                                        status: p.required("Status"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteAccessKey": { service, p, caller, lab throws(ServiceError) in
            try service.deleteAccessKey(userName: p.string("UserName"), accessKeyId: p.required("AccessKeyId"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "CreateVirtualMFADevice": { service, p, caller, lab throws(ServiceError) in
            let device = try service.createVirtualMFADevice(virtualMFADeviceName: p.required("VirtualMFADeviceName"),
                                                            path: p.string("Path"), caller: caller, in: &lab)
            return ResponseShapes.wrap("VirtualMFADevice", .object(JSONObject(pairs: [
                ("SerialNumber", .string(device.serialNumber)), ("Base32StringSeed", .string(device.base32StringSeed)),
            ])))
        },
        "EnableMFADevice": { service, p, caller, lab throws(ServiceError) in
            try service.enableMFADevice(userName: p.required("UserName"), serialNumber: p.required("SerialNumber"),
                                        authenticationCode1: p.required("AuthenticationCode1"),
                                        authenticationCode2: p.required("AuthenticationCode2"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListMFADevices": { service, p, caller, lab throws(ServiceError) in
            let devices = try service.listMFADevices(userName: p.string("UserName"), caller: caller, in: lab)
            let items: [JSONValue] = devices.map { device in
                var object = JSONObject(pairs: [("UserName", .string(device.userName ?? "")), ("SerialNumber", .string(device.serialNumber))])
                if let date = device.enableDate { object["EnableDate"] = ResponseShapes.date(date) }
                return .object(object)
            }
            return .object(JSONObject(pairs: [("MFADevices", .array(items)), ("IsTruncated", false)]))
        },
        "ListVirtualMFADevices": { service, p, caller, lab throws(ServiceError) in
            let devices = try service.listVirtualMFADevices(assignmentStatus: p.string("AssignmentStatus"), caller: caller, in: lab)
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
        "DeactivateMFADevice": { service, p, caller, lab throws(ServiceError) in
            try service.deactivateMFADevice(userName: p.required("UserName"), serialNumber: p.required("SerialNumber"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteVirtualMFADevice": { service, p, caller, lab throws(ServiceError) in
            try service.deleteVirtualMFADevice(serialNumber: p.required("SerialNumber"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
