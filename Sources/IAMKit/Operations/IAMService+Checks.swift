/// Parameter checks several operations share (each one is AWS's model rule for that member).
extension IAMService {
    /// An entity name and a policy ARN.
    func checkNameAndARN(_ name: String, _ nameParameter: String, _ arn: String, _ arnParameter: String) throws(ServiceError) {
        var check = ParameterValidator()
        check.name(name, at: nameParameter, max: 128)
        check.arn(arn, at: arnParameter)
        try check.check()
    }

    /// An entity name and optionally a policy name.
    func checkNames(_ name: String, _ nameParameter: String, _ policyName: String?) throws(ServiceError) {
        var check = ParameterValidator()
        check.name(name, at: nameParameter, max: 128)
        if let policyName { check.name(policyName, at: "policyName", max: 128) }
        try check.check()
    }

    /// The members of a List operation.
    func checkListing(_ name: String?, _ nameParameter: String, pathPrefix: String?, marker: String?, maxItems: Int?) throws(ServiceError) {
        var check = ParameterValidator()
        if let name { check.name(name, at: nameParameter, max: 128) }
        check.pathPrefix(pathPrefix)
        check.marker(marker)
        check.maxItems(maxItems)
        try check.check()
    }

    /// The members of Put*Policy.
    func checkInlinePut(_ name: String, _ nameParameter: String, policyName: String, document: String) throws(ServiceError) {
        var check = ParameterValidator()
        check.name(name, at: nameParameter, max: 128)
        check.name(policyName, at: "policyName", max: 128)
        check.policyDocument(document)
        try check.check()
    }

    /// Pages attached policies, filtering by the policy path prefix.
    func pageAttached(_ policies: [AttachedPolicy], pathPrefix: String?, marker: String?, maxItems: Int?) throws(ServiceError) -> Page<AttachedPolicy> {
        let prefix = pathPrefix ?? "/"
        let filtered = policies.filter { (IAMARN.parse($0.policyARN)?.path ?? "/").hasPrefix(prefix) }
        return try Page.of(filtered, key: { $0.policyARN }, marker: marker, maxItems: maxItems)
    }
}
