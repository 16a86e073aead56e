import IAMKit
import Testing

@Suite("docs/aws-managed-policies.md is generated from the AWS managed policy catalog")
struct AWSManagedPolicyReferenceDocTests {
    @Test func theCheckedInListIsTheCatalog() throws {
        try assertGeneratedDoc(AWSManagedPolicies.markdown(), at: "docs/aws-managed-policies.md",
                               regenerateWith: "AWSManagedPolicyReferenceDocTests")
    }
}
