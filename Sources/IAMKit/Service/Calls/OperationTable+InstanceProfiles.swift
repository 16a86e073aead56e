import IAMPolicy

/// Instance profile operations of the dynamic entry point; the `InstanceProfile` shape of
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_InstanceProfile.html.
extension OperationTable {
    static let instanceProfiles: [OperationEntry] = [
        on(OperationInput.CreateInstanceProfile.self) { service, input, caller, lab throws(ServiceError) in
            let profile = try service.createInstanceProfile(name: input.instanceProfileName, path: input.path, tags: input.tags,
                                                            caller: caller, in: &lab)
            return ResponseShapes.wrap("InstanceProfile", instanceProfile(profile, roles: []))
        },
        on(OperationInput.GetInstanceProfile.self) { service, input, caller, lab throws(ServiceError) in
            let profile = try service.getInstanceProfile(name: input.instanceProfileName, caller: caller, in: lab)
            return ResponseShapes.wrap("InstanceProfile", instanceProfile(profile, roles: try service.roles(of: profile, in: lab)))
        },
        on(OperationInput.ListInstanceProfiles.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listInstanceProfiles(pathPrefix: input.pathPrefix, marker: input.marker,
                                                        maxItems: input.maxItems, caller: caller, in: lab)
            return try instanceProfilePage(page, service: service, lab: lab)
        },
        on(OperationInput.DeleteInstanceProfile.self) { service, input, caller, lab throws(ServiceError) in
            try service.deleteInstanceProfile(name: input.instanceProfileName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.AddRoleToInstanceProfile.self) { service, input, caller, lab throws(ServiceError) in
            try service.addRoleToInstanceProfile(name: input.instanceProfileName, roleName: input.roleName, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.RemoveRoleFromInstanceProfile.self) { service, input, caller, lab throws(ServiceError) in
            try service.removeRoleFromInstanceProfile(name: input.instanceProfileName, roleName: input.roleName,
                                                      caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListInstanceProfilesForRole.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listInstanceProfilesForRole(roleName: input.roleName, marker: input.marker,
                                                               maxItems: input.maxItems, caller: caller, in: lab)
            return try instanceProfilePage(page, service: service, lab: lab)
        },
    ]

    private static func instanceProfilePage(_ page: Page<InstanceProfile>, service: IAMService, lab: any LabRepository) throws(ServiceError) -> JSONValue {
        var rolesByProfile: [String: [Role]] = [:]
        for profile in page.items { rolesByProfile[profile.name] = try service.roles(of: profile, in: lab) }
        return ResponseShapes.page("InstanceProfiles", page) { instanceProfile($0, roles: rolesByProfile[$0.name] ?? []) }
    }

    static func instanceProfile(_ profile: InstanceProfile, roles: [Role]) -> JSONValue {
        var object = JSONObject(pairs: [
            ("Path", .string(profile.path)), ("InstanceProfileName", .string(profile.name)),
            ("InstanceProfileId", .string(profile.instanceProfileID)), ("Arn", .string(profile.arn)),
            ("CreateDate", ResponseShapes.date(profile.createDate)),
            ("Roles", .array(roles.map { ResponseShapes.role($0, detailed: false) })),
        ])
        if !profile.tags.isEmpty { object.append(key: "Tags", value: .array(profile.tags.map(ResponseShapes.tag))) }
        return .object(object)
    }
}
