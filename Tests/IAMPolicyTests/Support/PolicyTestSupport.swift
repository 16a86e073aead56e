import Testing
@testable import IAMPolicy

/// Shared fixtures: account IDs and callers from the AWS guide's example.
enum Fixture {
    static let account = "111122223333"
    static let otherAccount = "123456789012"
    static let userARN = "arn:aws:iam::111122223333:user/alice"
    static let userID = "AIDACKCEVSQ6C2EXAMPLE"
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"
    static let roleID = "AROA3XFRBF535PLBIFPI4"
    static let sessionARN = "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1"

    static let alice = RequestPrincipal.user(arn: userARN, uniqueID: userID)
    static let session = RequestPrincipal.assumedRole(sessionARN: sessionARN, roleARN: roleARN, roleUniqueID: roleID)
    static let foreignUser = RequestPrincipal.user(arn: "arn:aws:iam::123456789012:user/bob", uniqueID: "AIDAJQABLZS4A3QDU576Q")
}

/// Parses `json` as a policy of `kind`, failing the test with the error if it does not parse.
func policy(_ json: String, kind: PolicyKind = .identity, sourceLocation: SourceLocation = #_sourceLocation) throws -> PolicyDocument {
    do {
        return try PolicyDocument(parsing: json, kind: kind)
    } catch {
        Issue.record("policy did not parse: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// An identity policy with one statement built from parts.
func identityPolicy(
    effect: String = "Allow", action: String = #""*""#, resource: String = #""*""#, condition: String? = nil,
    version: String? = "2012-10-17", actionKey: String = "Action", resourceKey: String = "Resource"
) throws -> PolicyDocument {
    let versionPart = version.map { #""Version": "\#($0)", "# } ?? ""
    let conditionPart = condition.map { #", "Condition": \#($0)"# } ?? ""
    return try policy(#"{\#(versionPart)"Statement": {"Effect": "\#(effect)", "\#(actionKey)": \#(action), "\#(resourceKey)": \#(resource)\#(conditionPart)}}"#)
}

/// Evaluates one request against identity policies only.
func evaluate(
    _ documents: [PolicyDocument], principal: RequestPrincipal = Fixture.alice, action: String = "s3:GetObject",
    resource: String = "arn:aws:s3:::bucket/key", context: RequestContext = [:], explain: Bool = false
) -> Decision {
    let set = PolicySet(identityPolicies: documents.enumerated().map { NamedPolicy(name: "P\($0.offset)", document: $0.element) })
    let request = AuthorizationRequest(principal: principal, action: action, resource: resource, context: context)
    return PolicyEvaluator.evaluate(request, against: set, explain: explain)
}

/// Asserts that parsing fails with AWS's code and message, at `line:column` and `path`.
func expectPolicyError(
    _ json: String, kind: PolicyKind = .identity, code: PolicyError.Code = .malformedPolicyDocument, message: String,
    at location: String? = nil, path: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    do {
        let document = try PolicyDocument(parsing: json, kind: kind)
        Issue.record("expected \(code.rawValue): \(message), but the policy parsed with \(document.statements.count) statements", sourceLocation: sourceLocation)
    } catch {
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.message == message, sourceLocation: sourceLocation)
        if let location { #expect(error.position?.description == location, "position", sourceLocation: sourceLocation) }
        if let path { #expect(error.path?.description == path, "path", sourceLocation: sourceLocation) }
    }
}
