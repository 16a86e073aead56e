import IAMPolicy

/// Managed policy operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
extension OperationTable {
    static let managedPolicies: [OperationEntry] = [
        on(OperationInput.CreatePolicy.self) { service, input, caller, lab throws(ServiceError) in
            let policy = try service.createPolicy(policyName: input.policyName, policyDocument: input.policyDocument,
                                                  path: input.path, description: input.description, tags: input.tags,
                                                  caller: caller, in: &lab)
            return ResponseShapes.wrap("Policy", ResponseShapes.policy(policy, withDescription: false))
        },
        on(OperationInput.GetPolicy.self) { service, input, caller, lab throws(ServiceError) in
            let policy = try service.getPolicy(policyArn: input.policyArn, caller: caller, in: lab)
            return ResponseShapes.wrap("Policy", ResponseShapes.policy(policy, withDescription: true))
        },
        on(OperationInput.GetPolicyVersion.self) { service, input, caller, lab throws(ServiceError) in
            let version = try service.getPolicyVersion(policyArn: input.policyArn, versionId: input.versionId,
                                                       caller: caller, in: lab)
            return ResponseShapes.wrap("PolicyVersion", ResponseShapes.policyVersion(version, withDocument: true))
        },
        on(OperationInput.CreatePolicyVersion.self) { service, input, caller, lab throws(ServiceError) in
            let version = try service.createPolicyVersion(policyArn: input.policyArn, policyDocument: input.policyDocument,
                                                          setAsDefault: input.setAsDefault ?? false, caller: caller, in: &lab)
            return ResponseShapes.wrap("PolicyVersion", ResponseShapes.policyVersion(version, withDocument: false))
        },
        on(OperationInput.ListPolicyVersions.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listPolicyVersions(policyArn: input.policyArn, marker: input.marker,
                                                      maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Versions", page) { ResponseShapes.policyVersion($0, withDocument: false) }
        },
        on(OperationInput.DeletePolicyVersion.self) { service, input, caller, lab throws(ServiceError) in
            try service.deletePolicyVersion(policyArn: input.policyArn, versionId: input.versionId, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.SetDefaultPolicyVersion.self) { service, input, caller, lab throws(ServiceError) in
            try service.setDefaultPolicyVersion(policyArn: input.policyArn, versionId: input.versionId, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListPolicies.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listPolicies(scope: input.scope, onlyAttached: input.onlyAttached ?? false,
                                                pathPrefix: input.pathPrefix, marker: input.marker,
                                                maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Policies", page) { ResponseShapes.policy($0, withDescription: false) }
        },
        on(OperationInput.ListEntitiesForPolicy.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listEntitiesForPolicy(policyArn: input.policyArn, entityFilter: input.entityFilter,
                                                         pathPrefix: input.pathPrefix, policyUsageFilter: input.policyUsageFilter,
                                                         marker: input.marker, maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.policyEntities(page)
        },
        on(OperationInput.TagPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.tagPolicy(policyArn: input.policyArn, tags: input.tags, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.UntagPolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.untagPolicy(policyArn: input.policyArn, tagKeys: input.tagKeys, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
        on(OperationInput.ListPolicyTags.self) { service, input, caller, lab throws(ServiceError) in
            let page = try service.listPolicyTags(policyArn: input.policyArn, marker: input.marker,
                                                  maxItems: input.maxItems, caller: caller, in: lab)
            return ResponseShapes.page("Tags", page, ResponseShapes.tag)
        },
        on(OperationInput.DeletePolicy.self) { service, input, caller, lab throws(ServiceError) in
            try service.deletePolicy(policyArn: input.policyArn, caller: caller, in: &lab)
            return ResponseShapes.empty
        },
    ]
}
