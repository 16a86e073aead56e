import IAMPolicy

/// Group operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let groups: [String: OperationHandler] = [
        "CreateGroup": { service, p, caller, lab throws(ServiceError) in
            let group = try service.createGroup(groupName: p.required("GroupName"), path: p.string("Path"), caller: caller, in: &lab)
            return ResponseShapes.wrap("Group", ResponseShapes.group(group))
        },
        "GetGroup": { service, p, caller, lab throws(ServiceError) in
            let (group, users) = try service.getGroup(groupName: p.required("GroupName"), caller: caller, in: lab)
            return .object(JSONObject(pairs: [("Users", .array(users.map(ResponseShapes.user))), ("Group", ResponseShapes.group(group)),
                                              ("IsTruncated", false)]))
        },
        "ListGroups": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listGroups(pathPrefix: p.string("PathPrefix"), marker: p.string("Marker"),
                                              maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Groups", page, ResponseShapes.group)
        },
        "UpdateGroup": { service, p, caller, lab throws(ServiceError) in
            try service.updateGroup(groupName: p.required("GroupName"), newPath: p.string("NewPath"), newGroupName: p.string("NewGroupName"),
                                    caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteGroup": { service, p, caller, lab throws(ServiceError) in
            try service.deleteGroup(groupName: p.required("GroupName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "AddUserToGroup": { service, p, caller, lab throws(ServiceError) in
            try service.addUserToGroup(groupName: p.required("GroupName"), userName: p.required("UserName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "RemoveUserFromGroup": { service, p, caller, lab throws(ServiceError) in
            try service.removeUserFromGroup(groupName: p.required("GroupName"), userName: p.required("UserName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListGroupsForUser": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listGroupsForUser(userName: p.required("UserName"), marker: p.string("Marker"),
                                                     maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Groups", page, ResponseShapes.group)
        },
        "AttachGroupPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.attachGroupPolicy(groupName: p.required("GroupName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DetachGroupPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.detachGroupPolicy(groupName: p.required("GroupName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListAttachedGroupPolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listAttachedGroupPolicies(groupName: p.required("GroupName"), pathPrefix: p.string("PathPrefix"),
                                                             marker: p.string("Marker"), maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        "PutGroupPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.putGroupPolicy(groupName: p.required("GroupName"), policyName: p.required("PolicyName"),
                                       policyDocument: p.required("PolicyDocument"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "GetGroupPolicy": { service, p, caller, lab throws(ServiceError) in
            let groupName = try p.required("GroupName")
            let policy = try service.getGroupPolicy(groupName: groupName, policyName: p.required("PolicyName"), caller: caller, in: lab)
            let group = try lab.fetch(Group.self, Group.key(caller.accountID, groupName))
            return .object(JSONObject(pairs: [("GroupName", .string(group?.groupName ?? groupName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        "DeleteGroupPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.deleteGroupPolicy(groupName: p.required("GroupName"), policyName: p.required("PolicyName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListGroupPolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listGroupPolicies(groupName: p.required("GroupName"), marker: p.string("Marker"),
                                                     maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
    ]
}
