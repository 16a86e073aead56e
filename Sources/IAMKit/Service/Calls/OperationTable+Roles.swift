import IAMPolicy

/// Role operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let roles: [OperationEntry] = [
        on(OperationInput.CreateRole.self) { service, input, caller, lab throws(ServiceError) in
            let role = try service.createRole(
                roleName: input.roleName, assumeRolePolicyDocument: input.assumeRolePolicyDocument,
                path: input.path, description: input.description, maxSessionDuration: input.maxSessionDuration,
                permissionsBoundary: input.permissionsBoundary, tags: input.tags, caller: caller, in: &lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: false, created: true))
        },
        on(OperationInput.GetRole.self) { service, input, caller, lab throws(ServiceError) in
            let role = try service.getRole(roleName: input.roleName, caller: caller, in: lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: true))
        },
        on(OperationInput.ListRoles.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listRoles(pathPrefix: input.pathPrefix, marker: input.marker,
                                             maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Roles", page) { ResponseShapes.role($0, detailed: false) }
        },
        on(OperationInput.UpdateRole.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateRole(roleName: input.roleName, description: input.description,
                                   maxSessionDuration: input.maxSessionDuration, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.UpdateRoleDescription.self) { service, input, caller, lab throws(ServiceError) in
            let role = try service.updateRoleDescription(roleName: input.roleName, description: input.description,
                                                         caller: caller, in: &lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: true))
        },
        on(OperationInput.UpdateAssumeRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.updateAssumeRolePolicy(roleName: input.roleName, policyDocument: input.policyDocument,
                                               caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteRole.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteRole(roleName: input.roleName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.TagRole.self) { service, input, caller, lab throws(ServiceError) in
            try service.tagRole(roleName: input.roleName, tags: input.tags, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.UntagRole.self) { service, input, caller, lab throws(ServiceError) in
            try service.untagRole(roleName: input.roleName, tagKeys: input.tagKeys, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListRoleTags.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listRoleTags(roleName: input.roleName, marker: input.marker,
                                                maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
    ]

    static let rolePolicies: [OperationEntry] = [
        on(OperationInput.AttachRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.attachRolePolicy(roleName: input.roleName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DetachRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.detachRolePolicy(roleName: input.roleName, policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListAttachedRolePolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listAttachedRolePolicies(roleName: input.roleName, pathPrefix: input.pathPrefix,
                                                            marker: input.marker, maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        on(OperationInput.PutRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.putRolePolicy(roleName: input.roleName, policyName: input.policyName,
                                      policyDocument: input.policyDocument, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.GetRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            let roleName = input.roleName
            let policy = try service.getRolePolicy(roleName: roleName, policyName: input.policyName, caller: caller, in: lab)
            let role = try lab.fetch(Role.self, Role.key(caller.accountID, roleName))
            return .object(JSONObject(pairs: [("RoleName", .string(role?.roleName ?? roleName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        on(OperationInput.DeleteRolePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteRolePolicy(roleName: input.roleName, policyName: input.policyName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListRolePolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listRolePolicies(roleName: input.roleName, marker: input.marker,
                                                    maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
        on(OperationInput.PutRolePermissionsBoundary.self) { service, input, caller, lab throws(ServiceError) in
            try service.putRolePermissionsBoundary(roleName: input.roleName, permissionsBoundary: input.permissionsBoundary,
                                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.DeleteRolePermissionsBoundary.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteRolePermissionsBoundary(roleName: input.roleName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
