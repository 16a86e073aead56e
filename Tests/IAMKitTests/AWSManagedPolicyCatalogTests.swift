import Foundation
import IAMPolicy
import Testing
@testable import IAMKit

/// Issue #16: at least the 60 most used AWS managed policies, each with AWS's published path,
/// ID, default version, dates and document (catalog snapshot of 2026-12-07, docs/decisions.md).
@Suite struct AWSManagedPolicyCatalogTests {
    static let jobFunctions = [
        "arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/PowerUserAccess",
        "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
        "arn:aws:iam::aws:policy/SecurityAudit", "arn:aws:iam::aws:policy/job-function/Billing",
        "arn:aws:iam::aws:policy/job-function/DatabaseAdministrator", "arn:aws:iam::aws:policy/job-function/DataScientist",
        "arn:aws:iam::aws:policy/job-function/NetworkAdministrator", "arn:aws:iam::aws:policy/job-function/SystemAdministrator",
        "arn:aws:iam::aws:policy/job-function/SupportUser",
    ]

    @Test func theCatalogHoldsAtLeastSixtyPoliciesWithEveryJobFunction() {
        #expect(AWSManagedPolicies.all.count >= 60)
        #expect(Set(AWSManagedPolicies.all.map(\.name)).count == AWSManagedPolicies.all.count)
        #expect(Set(AWSManagedPolicies.all.map(\.policyID)).count == AWSManagedPolicies.all.count)
        for arn in Self.jobFunctions { #expect(AWSManagedPolicies.policy(arn: arn) != nil, "missing \(arn)") }
        for policy in AWSManagedPolicies.all {
            #expect(policy.policyID.hasPrefix("ANPA") && policy.policyID.count == 21, "\(policy.name) ID")
            #expect(policy.createDate <= policy.updateDate, "\(policy.name) dates")
            #expect(policy.defaultVersionID.hasPrefix("v"), "\(policy.name) version")
        }
    }

    @Test func listPoliciesScopeAWSListsTheWholeCatalogAndPages() throws {
        let fixture = LabFixture()
        let everything = try fixture.service.listPolicies(scope: "AWS", caller: fixture.prodRoot, in: fixture.lab)
        #expect(everything.items.count == AWSManagedPolicies.all.count && !everything.isTruncated)
        var names: [String] = []
        var marker: String?
        var pages = 0
        repeat {
            let page = try fixture.service.listPolicies(scope: "AWS", marker: marker, maxItems: 25, caller: fixture.prodRoot, in: fixture.lab)
            #expect(page.items.count <= 25)
            names += page.items.map(\.policyName)
            marker = page.isTruncated ? page.marker : nil
            pages += 1
        } while marker != nil && pages < 10
        #expect(pages == (AWSManagedPolicies.all.count + 24) / 25)
        #expect(names == everything.items.map(\.policyName))
        let jobFunctions = try fixture.service.listPolicies(scope: "AWS", pathPrefix: "/job-function/", caller: fixture.prodRoot, in: fixture.lab)
        #expect(Set(jobFunctions.items.map(\.policyName)) == ["Billing", "DataScientist", "DatabaseAdministrator", "NetworkAdministrator",
                                                               "SupportUser", "SystemAdministrator", "ViewOnlyAccess"])
    }

    @Test(arguments: [
        ("arn:aws:iam::aws:policy/job-function/Billing", "ANPAIFTHXT6FFMIRT7ZEA", "v9", "2016-11-10T17:33:00Z", "2024-01-17T18:03:48Z"),
        ("arn:aws:iam::aws:policy/SecurityAudit", "ANPAIX2T3QCXHR2OGGCTO", "v45", "2015-02-06T18:41:00Z", "2024-10-30T18:36:49Z"),
        ("arn:aws:iam::aws:policy/ReadOnlyAccess", "ANPAILL3HVNFSB6DCOWYQ", "v87", "2015-02-06T18:39:48Z", "2022-05-23T20:16:18Z"),
        ("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy", "ANPAJG4T4G4PV56DE72PY", "v1",
         "2017-11-16T18:48:22Z", "2017-11-16T18:48:22Z"),
        ("arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess", "ANPAJN23PDQP7SZQAE3QE", "v14", "2015-02-06T18:40:01Z", "2025-12-02T16:49:09Z"),
    ])
    func getPolicyAndGetPolicyVersionGiveThePublishedData(arn: String, id: String, version: String, created: String, updated: String) throws {
        let fixture = LabFixture()
        let policy = try fixture.service.getPolicy(policyArn: arn, caller: fixture.prodRoot, in: fixture.lab)
        #expect(policy.policyID == id && policy.defaultVersionID == version && policy.arn == arn)
        #expect(policy.createDate.iso8601 == created && policy.updateDate.iso8601 == updated)
        #expect(arn.hasSuffix(policy.path + policy.policyName))
        let document = try fixture.service.getPolicyVersion(policyArn: arn, versionId: version, caller: fixture.prodRoot, in: fixture.lab)
        #expect(document.isDefaultVersion && document.createDate.iso8601 == updated)
        #expect(document.document == AWSManagedPolicies.policy(arn: arn)?.document)
    }

    /// The transcribed documents keep AWS's full action lists (not a subset): counts from AWS's text.
    @Test(arguments: [("ReadOnlyAccess", 0, "Action", 1321), ("SecurityAudit", 0, "Action", 708),
                      ("job-function/ViewOnlyAccess", 1, "Resource", 40), ("job-function/SupportUser", 0, "Action", 200),
                      ("job-function/NetworkAdministrator", 0, "Action", 150)])
    func documentsKeepAWSsFullActionLists(name: String, statement: Int, key: String, count: Int) throws {
        let policy = try #require(AWSManagedPolicies.policy(arn: "arn:aws:iam::aws:policy/" + name))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(policy.document.utf8)) as? [String: Any])
        let statements = try #require(json["Statement"] as? [[String: Any]])
        let listed = statements[statement][key] as? [String] ?? []
        #expect(listed.count == count)
    }

    /// AWS's own documents exceed the 6144-character PolicySize quota of customer policies
    /// (ReadOnlyAccess, SecurityAudit, ViewOnlyAccess): they still parse, validate and evaluate.
    @Test func everyDocumentParsesAndValidatesAsAManagedPolicy() {
        for policy in AWSManagedPolicies.all {
            #expect(throws: Never.self, "\(policy.name)") { try PolicyChecks.validateAWSManagedPolicy(policy.document) }
        }
    }

    @Test(arguments: [
        ("arn:aws:iam::aws:policy/ReadOnlyAccess", "iam:GetRole", "allowed"),
        ("arn:aws:iam::aws:policy/ReadOnlyAccess", "iam:CreateRole", "implicitDeny"),
        ("arn:aws:iam::aws:policy/SecurityAudit", "iam:ListRoles", "allowed"),
        ("arn:aws:iam::aws:policy/SecurityAudit", "s3:GetObject", "implicitDeny"),
        ("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "s3:ListAllMyBuckets", "allowed"),
        ("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "s3:GetObject", "implicitDeny"),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole", "ec2:CreateNetworkInterface", "allowed"),
        ("arn:aws:iam::aws:policy/PowerUserAccess", "iam:CreateUser", "implicitDeny"),
        ("arn:aws:iam::aws:policy/PowerUserAccess", "iam:ListRoles", "allowed"),
    ])
    func anAttachedPolicyDecidesAsItsDocumentSays(arn: String, action: String, decision: String) throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: arn, caller: fixture.prodRoot, in: &fixture.lab)
        let results = try fixture.service.simulatePrincipalPolicy(policySourceArn: "arn:aws:iam::111111111111:role/R", actionNames: [action],
                                                                  caller: fixture.prodRoot, in: fixture.lab)
        #expect(results.map(\.evalDecision) == [decision])
    }

    @Test func aPolicyWithoutAPublishedDescriptionHasNone() throws {
        let fixture = LabFixture()
        let policy = try fixture.service.getPolicy(policyArn: "arn:aws:iam::aws:policy/job-function/SupportUser", caller: fixture.prodRoot, in: fixture.lab)
        #expect(policy.description == nil)
        let billing = try fixture.service.getPolicy(policyArn: "arn:aws:iam::aws:policy/job-function/Billing", caller: fixture.prodRoot, in: fixture.lab)
        #expect(billing.description?.hasPrefix("Grants permissions for billing and cost management.") == true)
    }
}

/// The customer quota still holds: a customer managed policy over 6144 characters is refused.
@Suite struct CustomerPolicySizeQuotaTests {
    @Test func aCustomerPolicyAsLargeAsReadOnlyAccessIsStillRefused() throws {
        var fixture = LabFixture()
        let document = try #require(AWSManagedPolicies.policy(arn: "arn:aws:iam::aws:policy/ReadOnlyAccess")).document
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicy(policyName: "Copy", policyDocument: document, caller: fixture.prodRoot, in: &fixture.lab)
        } == ServiceError.limitExceeded("Cannot exceed quota for PolicySize: 6144"))
    }
}
