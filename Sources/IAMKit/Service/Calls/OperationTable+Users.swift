import IAMPolicy

/// User operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let users: [String: OperationHandler] = [
        "CreateUser": { service, p, caller, lab throws(ServiceError) in
            let user = try service.createUser(userName: p.required("UserName"), path: p.string("Path"),
                                              permissionsBoundary: p.string("PermissionsBoundary"), tags: p.tags(), caller: caller, in: &lab)
            return ResponseShapes.wrap("User", ResponseShapes.user(user))
        },
        "GetUser": { service, p, caller, lab throws(ServiceError) in
            if try p.string("UserName") == nil, case .root(let account) = caller {
                // Root's GetUser describes the account's root identity.
                return ResponseShapes.wrap("User", .object(JSONObject(pairs: [
                    ("UserId", .string(account)), ("Arn", .string(IAMARN.root(account))),
                    ("CreateDate", ResponseShapes.date(try lab.fetch(Account.self, Account.key(account))?.createDate ?? service.clock.now())),
                ])))
            }
            return ResponseShapes.wrap("User", ResponseShapes.user(try service.getUser(userName: p.string("UserName"), caller: caller, in: lab)))
        },
        "ListUsers": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listUsers(pathPrefix: p.string("PathPrefix"), marker: p.string("Marker"),
                                             maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Users", page, ResponseShapes.user)
        },
        "UpdateUser": { service, p, caller, lab throws(ServiceError) in
            try service.updateUser(userName: p.required("UserName"), newPath: p.string("NewPath"), newUserName: p.string("NewUserName"),
                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteUser": { service, p, caller, lab throws(ServiceError) in
            try service.deleteUser(userName: p.required("UserName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "TagUser": { service, p, caller, lab throws(ServiceError) in
            try service.tagUser(userName: p.required("UserName"), tags: p.tags() ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "UntagUser": { service, p, caller, lab throws(ServiceError) in
            try service.untagUser(userName: p.required("UserName"), tagKeys: p.strings("TagKeys") ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListUserTags": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listUserTags(userName: p.required("UserName"), marker: p.string("Marker"),
                                                maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
        "AttachUserPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.attachUserPolicy(userName: p.required("UserName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DetachUserPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.detachUserPolicy(userName: p.required("UserName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListAttachedUserPolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listAttachedUserPolicies(userName: p.required("UserName"), pathPrefix: p.string("PathPrefix"),
                                                            marker: p.string("Marker"), maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        "PutUserPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.putUserPolicy(userName: p.required("UserName"), policyName: p.required("PolicyName"),
                                      policyDocument: p.required("PolicyDocument"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "GetUserPolicy": { service, p, caller, lab throws(ServiceError) in
            let userName = try p.required("UserName")
            let policy = try service.getUserPolicy(userName: userName, policyName: p.required("PolicyName"), caller: caller, in: lab)
            let user = try lab.fetch(User.self, User.key(caller.accountID, userName))
            return .object(JSONObject(pairs: [("UserName", .string(user?.userName ?? userName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        "DeleteUserPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.deleteUserPolicy(userName: p.required("UserName"), policyName: p.required("PolicyName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListUserPolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listUserPolicies(userName: p.required("UserName"), marker: p.string("Marker"),
                                                    maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
        "PutUserPermissionsBoundary": { service, p, caller, lab throws(ServiceError) in
            try service.putUserPermissionsBoundary(userName: p.required("UserName"), permissionsBoundary: p.required("PermissionsBoundary"),
                                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteUserPermissionsBoundary": { service, p, caller, lab throws(ServiceError) in
            try service.deleteUserPermissionsBoundary(userName: p.required("UserName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
