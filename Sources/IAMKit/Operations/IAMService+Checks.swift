/// Parameter checks several operations share (each one is AWS's model rule for that member).
extension IAMService {
    /// The members of `operation`'s input (its API name, `AttachRolePolicy`), by wire name, each
    /// against its model shape (`ModelConstraints`); failures in the order given.
    func checkInput(_ operation: String, _ strings: KeyValuePairs<String, String?>,
                    ints: KeyValuePairs<String, Int?> = [:]) throws(ServiceError) {
        var check = ParameterValidator(operation: operation)
        for (parameter, value) in strings { check.member(value, at: parameter) }
        for (parameter, value) in ints { check.member(value, at: parameter) }
        try check.check()
    }

    /// Pages attached policies, filtering by the policy path prefix.
    func pageAttached(_ policies: [AttachedPolicy], pathPrefix: String?, marker: String?, maxItems: Int?) throws(ServiceError) -> Page<AttachedPolicy> {
        let prefix = pathPrefix ?? "/"
        let filtered = policies.filter { (IAMARN.parse($0.policyARN)?.path ?? "/").hasPrefix(prefix) }
        return try Page.of(filtered, key: { $0.policyARN }, marker: marker, maxItems: maxItems)
    }
}
