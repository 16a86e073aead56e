import IAMPolicy

/// Managed policy operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let managedPolicies: [String: OperationHandler] = [
        "CreatePolicy": { service, p, caller, lab throws(ServiceError) in
            let policy = try service.createPolicy(policyName: p.required("PolicyName"), policyDocument: p.required("PolicyDocument"),
                                                  path: p.string("Path"), description: p.string("Description"), tags: p.tags(),
                                                  caller: caller, in: &lab)
            return ResponseShapes.wrap("Policy", ResponseShapes.policy(policy, withDescription: false))
        },
        "GetPolicy": { service, p, caller, lab throws(ServiceError) in
            let policy = try service.getPolicy(policyArn: p.required("PolicyArn"), caller: caller, in: lab)
            return ResponseShapes.wrap("Policy", ResponseShapes.policy(policy, withDescription: true))
        },
        "GetPolicyVersion": { service, p, caller, lab throws(ServiceError) in
            let version = try service.getPolicyVersion(policyArn: p.required("PolicyArn"), versionId: p.required("VersionId"),
                                                       caller: caller, in: lab)
            return ResponseShapes.wrap("PolicyVersion", ResponseShapes.policyVersion(version, withDocument: true))
        },
        "CreatePolicyVersion": { service, p, caller, lab throws(ServiceError) in
            let version = try service.createPolicyVersion(policyArn: p.required("PolicyArn"), policyDocument: p.required("PolicyDocument"),
                                                          setAsDefault: p.bool("SetAsDefault") ?? false, caller: caller, in: &lab)
            return ResponseShapes.wrap("PolicyVersion", ResponseShapes.policyVersion(version, withDocument: false))
        },
        "ListPolicyVersions": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listPolicyVersions(policyArn: p.required("PolicyArn"), marker: p.string("Marker"),
                                                      maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Versions", page) { ResponseShapes.policyVersion($0, withDocument: false) }
        },
        "DeletePolicyVersion": { service, p, caller, lab throws(ServiceError) in
            try service.deletePolicyVersion(policyArn: p.required("PolicyArn"), versionId: p.required("VersionId"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "SetDefaultPolicyVersion": { service, p, caller, lab throws(ServiceError) in
            try service.setDefaultPolicyVersion(policyArn: p.required("PolicyArn"), versionId: p.required("VersionId"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListPolicies": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listPolicies(scope: p.string("Scope"), onlyAttached: p.bool("OnlyAttached") ?? false,
                                                pathPrefix: p.string("PathPrefix"), marker: p.string("Marker"),
                                                maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Policies", page) { ResponseShapes.policy($0, withDescription: false) }
        },
        "ListEntitiesForPolicy": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listEntitiesForPolicy(policyArn: p.required("PolicyArn"), entityFilter: p.string("EntityFilter"),
                                                         pathPrefix: p.string("PathPrefix"), policyUsageFilter: p.string("PolicyUsageFilter"),
                                                         marker: p.string("Marker"), maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.policyEntities(page)
        },
        "TagPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.tagPolicy(policyArn: p.required("PolicyArn"), tags: p.tags() ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "UntagPolicy": { service, p, caller, lab throws(ServiceError) in
            try service.untagPolicy(policyArn: p.required("PolicyArn"), tagKeys: p.strings("TagKeys") ?? [], caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        "ListPolicyTags": { service, p, caller, lab throws(ServiceError) in
            let page = try service.listPolicyTags(policyArn: p.required("PolicyArn"), marker: p.string("Marker"),
                                                  maxItems: p.int("MaxItems"), caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
        "DeletePolicy": { service, p, caller, lab throws(ServiceError) in
            try service.deletePolicy(policyArn: p.required("PolicyArn"), caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
