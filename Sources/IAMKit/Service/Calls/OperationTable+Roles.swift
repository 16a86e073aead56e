import IAMPolicy

/// Role operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let roles: [String: OperationHandler] = [
        "CreateRole": { service, p, caller, lab throws(ServiceError) in
            let role = try service.createRole(
                roleName: p.required("RoleName"), assumeRolePolicyDocument: p.required("AssumeRolePolicyDocument"),
                path: p.string("Path"), description: p.string("Description"), maxSessionDuration: p.int("MaxSessionDuration"),
                permissionsBoundary: p.string("PermissionsBoundary"), tags: p.tags(), caller: caller, in: &lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: false, created: true))
        },
        "GetRole": { service, p, caller, lab throws(ServiceError) in
            let role = try service.getRole(roleName: p.required("RoleName"), caller: caller, in: lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: true))
        },
        "ListRoles": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listRoles(pathPrefix: p.string("PathPrefix"), marker: p.string("Marker"),
                                             maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Roles", page) { ResponseShapes.role($0, detailed: false) }
        },
        "UpdateRole": { service, p, caller, lab throws(ServiceError) in
            try service.updateRole(roleName: p.required("RoleName"), description: p.string("Description"),
                                   maxSessionDuration: p.int("MaxSessionDuration"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "UpdateRoleDescription": { service, p, caller, lab throws(ServiceError) in
            let role = try service.updateRoleDescription(roleName: p.required("RoleName"), description: p.required("Description"),
                                                         caller: caller, in: &lab)
            return ResponseShapes.wrap("Role", ResponseShapes.role(role, detailed: true))
        },
        "UpdateAssumeRolePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.updateAssumeRolePolicy(roleName: p.required("RoleName"), policyDocument: p.required("PolicyDocument"),
                                               caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteRole": { service, p, caller, lab throws(ServiceError) in
            try service.deleteRole(roleName: p.required("RoleName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "TagRole": { service, p, caller, lab throws(ServiceError) in
            try service.tagRole(roleName: p.required("RoleName"), tags: p.tags() ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "UntagRole": { service, p, caller, lab throws(ServiceError) in
            try service.untagRole(roleName: p.required("RoleName"), tagKeys: p.strings("TagKeys") ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListRoleTags": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listRoleTags(roleName: p.required("RoleName"), marker: p.string("Marker"),
                                                maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
    ]

    static let rolePolicies: [String: OperationHandler] = [
        "AttachRolePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.attachRolePolicy(roleName: p.required("RoleName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DetachRolePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.detachRolePolicy(roleName: p.required("RoleName"), policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListAttachedRolePolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listAttachedRolePolicies(roleName: p.required("RoleName"), pathPrefix: p.string("PathPrefix"),
                                                            marker: p.string("Marker"), maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("AttachedPolicies", page, ResponseShapes.attached)
        },
        "PutRolePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.putRolePolicy(roleName: p.required("RoleName"), policyName: p.required("PolicyName"),
                                      policyDocument: p.required("PolicyDocument"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "GetRolePolicy": { service, p, caller, lab throws(ServiceError) in
            let roleName = try p.required("RoleName")
            let policy = try service.getRolePolicy(roleName: roleName, policyName: p.required("PolicyName"), caller: caller, in: lab)
            let role = try lab.fetch(Role.self, Role.key(caller.accountID, roleName))
            return .object(JSONObject(pairs: [("RoleName", .string(role?.roleName ?? roleName)), ("PolicyName", .string(policy.name)),
                                              ("PolicyDocument", ResponseShapes.document(policy.document))]))
        },
        "DeleteRolePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.deleteRolePolicy(roleName: p.required("RoleName"), policyName: p.required("PolicyName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListRolePolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listRolePolicies(roleName: p.required("RoleName"), marker: p.string("Marker"),
                                                    maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("PolicyNames", page) { .string($0) }
        },
        "PutRolePermissionsBoundary": { service, p, caller, lab throws(ServiceError) in
            try service.putRolePermissionsBoundary(roleName: p.required("RoleName"), permissionsBoundary: p.required("PermissionsBoundary"),
                                                   caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "DeleteRolePermissionsBoundary": { service, p, caller, lab throws(ServiceError) in
            try service.deleteRolePermissionsBoundary(roleName: p.required("RoleName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
