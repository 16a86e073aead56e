import IAMPolicy

/// Group operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let groups: [OperationEntry] = [
        on(OperationInput.CreateGroup.self) { service, input, caller, lab throws(ServiceError) in
            let group = try service.createGroup(groupName: input.groupName, path: input.path, caller: caller, in: &lab)
            return ResponseShapes.wrap("Group", ResponseShapes.group(group))
        },
        on(OperationInput.GetGroup.self) { service, input, caller, lab throws(ServiceError) in
            let (group, users) = try service.getGroup(groupName: input.groupName, caller: caller, in: lab)
            return .object(JSONObject(pairs: [("Users", .array(users.map(ResponseShapes.user))), ("Group", ResponseShapes.group(group)),
                                              ("IsTruncated", false)]))
        },
        on(OperationInput.ListGroups.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listGroups(pathPrefix: input.pathPrefix, marker: input.marker,
                                              maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Groups", page, ResponseShapes.group)
        },
        on(OperationInput.UpdateGroup.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateGroup(groupName: input.groupName, newPath: input.newPath, newGroupName: input.newGroupName,
                                    caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteGroup.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteGroup(groupName: input.groupName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.AddUserToGroup.self) { service, input, caller, lab throws(ServiceError) in
            try service.addUserToGroup(groupName: input.groupName, userName: input.userName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.RemoveUserFromGroup.self) { service, input, caller, lab throws(ServiceError) in
            try service.removeUserFromGroup(groupName: input.groupName, userName: input.userName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListGroupsForUser.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listGroupsForUser(userName: input.userName, marker: input.marker,
                                                     maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Groups", page, ResponseShapes.group)
        },
        on(OperationInput.AttachGroupPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.attachGroupPolicy(groupName: input.groupName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DetachGroupPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.detachGroupPolicy(groupName: input.groupName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListAttachedGroupPolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listAttachedGroupPolicies(groupName: input.groupName, pathPrefix: input.pathPrefix,
                                                             marker: input.marker, maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        on(OperationInput.PutGroupPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.putGroupPolicy(groupName: input.groupName, policyName: input.policyName,
                                       policyDocument: input.policyDocument, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.GetGroupPolicy.self) { service, input, caller, lab throws(ServiceError) in
            let groupName = input.groupName
            let policy = try service.getGroupPolicy(groupName: groupName, policyName: input.policyName, caller: caller, in: lab)
            let group = try lab.fetch(Group.self, Group.key(caller.accountID, groupName))
            return .object(JSONObject(pairs: [("GroupName", .string(group?.groupName ?? groupName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        on(OperationInput.DeleteGroupPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteGroupPolicy(groupName: input.groupName, policyName: input.policyName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListGroupPolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listGroupPolicies(groupName: input.groupName, marker: input.marker,
                                                     maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
    ]
}
