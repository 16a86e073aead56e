import Testing
import IAMPolicy

/// Action/NotAction and Resource/NotResource matching.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
@Suite("Action and resource matching")
struct ActionResourceMatchingTests {
    @Test(arguments: [
        ("s3:GetObject", "s3:GetObject", true),
        ("s3:GetObject", "S3:getobject", true),
        ("S3:Get*", "s3:GetObjectAcl", true),
        ("s3:*", "s3:ListBucket", true),
        ("*", "iam:CreateRole", true),
        ("s3:Get?bject", "s3:GetObject", true),
        ("s3:Get?bject", "s3:GetObbject", false),
        ("sts:AssumeRole", "sts:AssumeRoleWithSAML", false),
        ("s3:*Object", "s3:PutObject", true),
        ("*:List*", "sqs:ListQueues", true),
        ("*:List*", "ec2:DescribeThings", false),
        ("ec2:Describe*", "s3:DescribeJob", false),
    ])
    func actionsMatchCaseInsensitivelyWithWildcards(pattern: String, action: String, matches: Bool) throws {
        let document = try identityPolicy(action: #""\#(pattern)""#)
        #expect(evaluate([document], action: action).isAllowed == matches)
    }

    @Test(arguments: [
        ("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c.txt", true),
        ("arn:aws:s3:::bucket/*", "arn:aws:s3:::Bucket/a", false),
        ("arn:aws:s3:::bucket/a?c", "arn:aws:s3:::bucket/abc", true),
        ("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false),
        ("arn:aws:iam::111122223333:role/Test*", "arn:aws:iam::111122223333:role/dev/Test-UserAccess-Role", false),
        ("arn:aws:iam::111122223333:role/*Test*", "arn:aws:iam::111122223333:role/dev/Test-UserAccess-Role", true),
        ("arn:aws:lambda:*:111122223333:*", "arn:aws:lambda:us-east-1:111122223333:function:f", true),
        ("*", "anything", true),
    ])
    func resourcesMatchCaseSensitivelyAndStarSpansSlashes(pattern: String, resource: String, matches: Bool) throws {
        let document = try identityPolicy(resource: #""\#(pattern)""#)
        #expect(evaluate([document], resource: resource).isAllowed == matches)
    }

    @Test func notActionAllowsEverythingExceptTheList() throws {
        let document = try identityPolicy(action: #"["iam:*"]"#, actionKey: "NotAction")
        #expect(evaluate([document], action: "s3:ListBucket").isAllowed)
        #expect(!evaluate([document], action: "IAM:CreateUser").isAllowed)
    }

    @Test func notActionIsScopedByResource() throws {
        let document = try identityPolicy(action: #""iam:*""#, resource: #""arn:aws:s3:::b/*""#, actionKey: "NotAction")
        #expect(evaluate([document], action: "s3:GetObject", resource: "arn:aws:s3:::b/k").isAllowed)
        #expect(!evaluate([document], action: "s3:GetObject", resource: "arn:aws:s3:::other/k").isAllowed)
    }

    @Test func denyNotResourceDeniesEverythingOutsideTheList() throws {
        let allowAll = try identityPolicy()
        let fence = try identityPolicy(effect: "Deny", resource: #"["arn:aws:s3:::mine", "arn:aws:s3:::mine/*"]"#, resourceKey: "NotResource")
        #expect(evaluate([allowAll, fence], resource: "arn:aws:s3:::mine/x").outcome == .allow)
        #expect(evaluate([allowAll, fence], resource: "arn:aws:s3:::yours/x").outcome == .explicitDeny)
    }

    @Test func actionsOfManyServicesInOneStatementAllMatch() throws {
        let document = try identityPolicy(action: #"["ec2:Describe*", "s3:List*", "*:GetCallerIdentity"]"#)
        #expect(evaluate([document], action: "ec2:DescribeInstances").isAllowed)
        #expect(evaluate([document], action: "s3:ListAllMyBuckets").isAllowed)
        #expect(evaluate([document], action: "sts:GetCallerIdentity").isAllowed)
        #expect(!evaluate([document], action: "s3:GetObject").isAllowed)
    }
}
