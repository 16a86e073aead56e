import IAMPolicy
import Testing
@testable import IAMKit

/// GetAccessKeyLastUsed: "N/A" and no date for a key never used; the last recorded use otherwise.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
@Suite struct AccessKeyLastUsedTests {
    static func prepared() throws -> (LabFixture, AccessKey) {
        var fixture = LabFixture()
        try fixture.user("bob")
        let key = try fixture.service.createAccessKey(userName: "bob", caller: fixture.devRoot, in: &fixture.lab)
        return (fixture, key)
    }

    @Test func neverUsedIsNotApplicable() throws {
        let (fixture, key) = try Self.prepared()
        let used = try fixture.service.getAccessKeyLastUsed(accessKeyId: key.accessKeyID, caller: fixture.devRoot, in: fixture.lab)
        #expect(used == IAMService.AccessKeyLastUsed(userName: "bob", lastUsedDate: nil, serviceName: "N/A", region: "N/A"))
        var lab = fixture.lab
        let response = try fixture.service.call(service: "iam", operation: "GetAccessKeyLastUsed",
                                                parameters: .object(JSONObject(pairs: [("AccessKeyId", .string(key.accessKeyID))])),
                                                caller: fixture.devRoot, in: &lab)
        #expect(response == .object(JSONObject(pairs: [
            ("UserName", "bob"), ("AccessKeyLastUsed", .object(JSONObject(pairs: [("ServiceName", "N/A"), ("Region", "N/A")]))),
        ])))
    }

    @Test func aRecordedUseShowsDateServiceAndRegion() throws {
        var (fixture, key) = try Self.prepared()
        let later = LabFixture.now.adding(seconds: 90)
        fixture.setTime(later)
        try fixture.service.recordUse(ofAccessKey: key.accessKeyID, service: "sts", in: &fixture.lab)
        let used = try fixture.service.getAccessKeyLastUsed(accessKeyId: key.accessKeyID, caller: fixture.devRoot, in: fixture.lab)
        #expect(used == IAMService.AccessKeyLastUsed(userName: "bob", lastUsedDate: later, serviceName: "sts", region: "us-east-1"))
    }

    @Test(arguments: [
        ("AKIAIOSFODNN7EXAMPLE", ServiceError.noSuchEntity("The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.")),
        ("AKIA-SHORT", ServiceError.validation("1 validation error detected: Value 'AKIA-SHORT' at 'accessKeyId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 16")),
        ("AKIA-IOSFODNN7-EXAMPLE", ServiceError.validation("1 validation error detected: Value 'AKIA-IOSFODNN7-EXAMPLE' at 'accessKeyId' "
            + "failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+")),
    ])
    func errors(accessKeyID: String, expected: ServiceError) throws {
        let (fixture, _) = try Self.prepared()
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getAccessKeyLastUsed(accessKeyId: accessKeyID, caller: fixture.devRoot, in: fixture.lab)
        } == expected)
    }

    @Test func anotherAccountsKeyIsNotFound() throws {
        let (fixture, key) = try Self.prepared()
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getAccessKeyLastUsed(accessKeyId: key.accessKeyID, caller: fixture.prodRoot, in: fixture.lab)
        }?.code == "NoSuchEntity")
    }

    @Test func authorizedOnTheOwnersARN() throws {
        var (fixture, key) = try Self.prepared()
        let own = try fixture.user("carol", policy: LabFixture.allow("iam:GetAccessKeyLastUsed", "arn:aws:iam::123456789012:user/carol"))
        let denied = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getAccessKeyLastUsed(accessKeyId: key.accessKeyID, caller: own, in: fixture.lab)
        }
        #expect(denied?.message == "User: arn:aws:iam::123456789012:user/carol is not authorized to perform: iam:GetAccessKeyLastUsed on resource: "
            + "arn:aws:iam::123456789012:user/bob because no identity-based policy allows the iam:GetAccessKeyLastUsed action")
        let any = try fixture.user("dave", policy: LabFixture.allow("iam:GetAccessKeyLastUsed"))
        #expect(try fixture.service.getAccessKeyLastUsed(accessKeyId: key.accessKeyID, caller: any, in: fixture.lab).userName == "bob")
    }
}
