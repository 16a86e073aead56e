import IAMPolicy

/// User operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let users: [OperationEntry] = [
        on(OperationInput.CreateUser.self) { service, input, caller, lab throws(ServiceError) in
            let user = try service.createUser(userName: input.userName, path: input.path,
                                              permissionsBoundary: input.permissionsBoundary, tags: input.tags, caller: caller, in: &lab)
            return ResponseShapes.wrap("User", ResponseShapes.user(user))
        },
        on(OperationInput.GetUser.self) { service, input, caller, lab throws(ServiceError) in
            if input.userName == nil, case .root(let account) = caller {
                // Root's GetUser describes the account's root identity.
                return ResponseShapes.wrap("User", .object(JSONObject(pairs: [
                    ("UserId", .string(account)), ("Arn", .string(IAMARN.root(account))),
                    ("CreateDate", ResponseShapes.date(try lab.fetch(Account.self, Account.key(account))?.createDate ?? service.clock.now())),
                ])))
            }
            return ResponseShapes.wrap("User", ResponseShapes.user(try service.getUser(userName: input.userName, caller: caller, in: lab)))
        },
        on(OperationInput.ListUsers.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listUsers(pathPrefix: input.pathPrefix, marker: input.marker,
                                             maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Users", page, ResponseShapes.user)
        },
        on(OperationInput.UpdateUser.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateUser(userName: input.userName, newPath: input.newPath, newUserName: input.newUserName,
                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteUser.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteUser(userName: input.userName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.TagUser.self) { service, input, caller, lab throws(ServiceError) in
            try service.tagUser(userName: input.userName, tags: input.tags, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.UntagUser.self) { service, input, caller, lab throws(ServiceError) in
            try service.untagUser(userName: input.userName, tagKeys: input.tagKeys, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListUserTags.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listUserTags(userName: input.userName, marker: input.marker,
                                                maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
        on(OperationInput.AttachUserPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.attachUserPolicy(userName: input.userName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DetachUserPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.detachUserPolicy(userName: input.userName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListAttachedUserPolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listAttachedUserPolicies(userName: input.userName, pathPrefix: input.pathPrefix,
                                                            marker: input.marker, maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        on(OperationInput.PutUserPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.putUserPolicy(userName: input.userName, policyName: input.policyName,
                                      policyDocument: input.policyDocument, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.GetUserPolicy.self) { service, input, caller, lab throws(ServiceError) in
            let userName = input.userName
            let policy = try service.getUserPolicy(userName: userName, policyName: input.policyName, caller: caller, in: lab)
            let user = try lab.fetch(User.self, User.key(caller.accountID, userName))
            return .object(JSONObject(pairs: [("UserName", .string(user?.userName ?? userName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        on(OperationInput.DeleteUserPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteUserPolicy(userName: input.userName, policyName: input.policyName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListUserPolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listUserPolicies(userName: input.userName, marker: input.marker,
                                                    maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
        on(OperationInput.PutUserPermissionsBoundary.self) { service, input, caller, lab throws(ServiceError) in
            try service.putUserPermissionsBoundary(userName: input.userName, permissionsBoundary: input.permissionsBoundary,
                                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteUserPermissionsBoundary.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteUserPermissionsBoundary(userName: input.userName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
