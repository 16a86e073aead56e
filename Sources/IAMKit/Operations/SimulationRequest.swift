/// The parts of a Simulate* request that the evaluation uses, checked as AWS checks them.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
struct SimulationRequest {
    var actionNames: [String]
    var resourceArns: [String]?
    var contextEntries: [ContextEntry]
    /// `PolicyInputList`.
    var extraPolicies: [String]
    /// `PermissionsBoundaryPolicyInputList`.
    var boundaries: [String]
    /// `SessionPolicyInputList` (rolecall extension): session policies that further limit the caller.
    var sessionPolicies: [String]
    /// `ResourcePolicy`.
    var resourcePolicy: String?
    /// `ResourceOwner`: an account ID or `arn:aws:iam::ACCOUNT:root`.
    var resourceOwner: String?

    /// Validates the request; returns the account `ResourceOwner` names, if any.
    func checked() throws(ServiceError) -> String? {
        // Both Simulate* operations give these members the same shapes.
        var check = ParameterValidator(operation: "SimulateCustomPolicy")
        if actionNames.isEmpty { check.fail(nil, at: "actionNames", mustText: "not be null") }
        try check.check()
        guard let resourceOwner else { return nil }
        if Account.isAccountID(resourceOwner) { return resourceOwner }
        if let parts = IAMARN.parse(resourceOwner), parts.service == "iam", Account.isAccountID(parts.accountID),
           parts.resourceType == "root" || resourceOwner.hasSuffix(":root") {
            return parts.accountID
        }
        throw ServiceError.invalidInput("ResourceOwner must be a 12-digit account ID or an account's root ARN (arn:aws:iam::123456789012:root): \(resourceOwner)")
    }
}
