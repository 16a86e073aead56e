import IAMPolicy

/// Instance profile operations of the dynamic entry point; the `InstanceProfile` shape of
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_InstanceProfile.html.
extension OperationTable {
    static let instanceProfiles: [String: OperationHandler] = [
        "CreateInstanceProfile": { service, p, caller, lab throws(ServiceError) in
            let profile = try service.createInstanceProfile(name: p.required("InstanceProfileName"), path: p.string("Path"), tags: p.tags(),
                                                            caller: caller, in: &lab)
            return ResponseShapes.wrap("InstanceProfile", instanceProfile(profile, roles: []))
        },
        "GetInstanceProfile": { service, p, caller, lab throws(ServiceError) in
            let profile = try service.getInstanceProfile(name: p.required("InstanceProfileName"), caller: caller, in: lab)
            return ResponseShapes.wrap("InstanceProfile", instanceProfile(profile, roles: try service.roles(of: profile, in: lab)))
        },
        "ListInstanceProfiles": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listInstanceProfiles(pathPrefix: p.string("PathPrefix"), marker: p.string("Marker"),
                                                        maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return try instanceProfilePage(page, service: service, lab: lab)
        },
        "DeleteInstanceProfile": { service, p, caller, lab throws(ServiceError) in
            try service.deleteInstanceProfile(name: p.required("InstanceProfileName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "AddRoleToInstanceProfile": { service, p, caller, lab throws(ServiceError) in
            try service.addRoleToInstanceProfile(name: p.required("InstanceProfileName"), roleName: p.required("RoleName"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "RemoveRoleFromInstanceProfile": { service, p, caller, lab throws(ServiceError) in
            try service.removeRoleFromInstanceProfile(name: p.required("InstanceProfileName"), roleName: p.required("RoleName"),
                                                      caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListInstanceProfilesForRole": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listInstanceProfilesForRole(roleName: p.required("RoleName"), marker: p.string("Marker"),
                                                               maxItems: p.int("MaxItems"), caller: caller, in: lab)
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
