/// A catalog of commonly used AWS actions, as data, for completion in the console's
/// "what may I do here?" page. Not the full service authorization reference: the actions a
/// learner of cross-account roles tries first (S3, IAM, STS, EC2 and a few others).
/// Source: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
public enum CommonActions {
    /// One action with a typical resource to try it on.
    public struct Entry: Sendable, Hashable {
        /// `service:Action`.
        public let action: String
        /// A resource ARN pattern shown as a hint (`*` when the action takes no resource).
        public let exampleResource: String
    }

    /// Every entry, sorted by action.
    public static let all: [Entry] = raw.map { Entry(action: $0.0, exampleResource: $0.1) }.sorted { $0.action < $1.action }

    /// Entries whose action starts with `prefix` (case-insensitive), in catalog order.
    public static func completions(for prefix: String, limit: Int = 8) -> [Entry] {
        let wanted = prefix.lowercased()
        return Array(all.lazy.filter { $0.action.lowercased().hasPrefix(wanted) }.prefix(limit))
    }

    /// The catalog entry for `action` (case-insensitive), if it is listed.
    public static func entry(_ action: String) -> Entry? {
        let wanted = action.lowercased()
        return all.first { $0.action.lowercased() == wanted }
    }

    private static let raw: [(String, String)] = [
        ("s3:ListBucket", "arn:aws:s3:::example_bucket"),
        ("s3:ListAllMyBuckets", "*"),
        ("s3:GetObject", "arn:aws:s3:::example_bucket/*"),
        ("s3:PutObject", "arn:aws:s3:::example_bucket/*"),
        ("s3:DeleteObject", "arn:aws:s3:::example_bucket/*"),
        ("s3:GetBucketLocation", "arn:aws:s3:::example_bucket"),
        ("s3:CreateBucket", "arn:aws:s3:::example_bucket"),
        ("s3:DeleteBucket", "arn:aws:s3:::example_bucket"),
        ("s3:GetBucketPolicy", "arn:aws:s3:::example_bucket"),
        ("s3:PutBucketPolicy", "arn:aws:s3:::example_bucket"),
        ("iam:CreateUser", "arn:aws:iam::111122223333:user/*"),
        ("iam:DeleteUser", "arn:aws:iam::111122223333:user/*"),
        ("iam:GetUser", "arn:aws:iam::111122223333:user/*"),
        ("iam:ListUsers", "arn:aws:iam::111122223333:user/"),
        ("iam:CreateRole", "arn:aws:iam::111122223333:role/*"),
        ("iam:DeleteRole", "arn:aws:iam::111122223333:role/*"),
        ("iam:GetRole", "arn:aws:iam::111122223333:role/*"),
        ("iam:ListRoles", "arn:aws:iam::111122223333:role/"),
        ("iam:PassRole", "arn:aws:iam::111122223333:role/*"),
        ("iam:AttachRolePolicy", "arn:aws:iam::111122223333:role/*"),
        ("iam:DetachRolePolicy", "arn:aws:iam::111122223333:role/*"),
        ("iam:PutRolePolicy", "arn:aws:iam::111122223333:role/*"),
        ("iam:UpdateAssumeRolePolicy", "arn:aws:iam::111122223333:role/*"),
        ("iam:AttachUserPolicy", "arn:aws:iam::111122223333:user/*"),
        ("iam:PutUserPolicy", "arn:aws:iam::111122223333:user/*"),
        ("iam:CreateGroup", "arn:aws:iam::111122223333:group/*"),
        ("iam:AddUserToGroup", "arn:aws:iam::111122223333:group/*"),
        ("iam:CreatePolicy", "arn:aws:iam::111122223333:policy/*"),
        ("iam:GetPolicy", "arn:aws:iam::111122223333:policy/*"),
        ("iam:ListPolicies", "*"),
        ("iam:CreateAccessKey", "arn:aws:iam::111122223333:user/*"),
        ("iam:CreateVirtualMFADevice", "arn:aws:iam::111122223333:mfa/*"),
        ("iam:EnableMFADevice", "arn:aws:iam::111122223333:user/*"),
        ("iam:ChangePassword", "arn:aws:iam::111122223333:user/*"),
        ("iam:SimulatePrincipalPolicy", "*"),
        ("sts:AssumeRole", "arn:aws:iam::111122223333:role/*"),
        ("sts:GetCallerIdentity", "*"),
        ("sts:GetSessionToken", "*"),
        ("sts:TagSession", "arn:aws:iam::111122223333:role/*"),
        ("ec2:DescribeInstances", "*"),
        ("ec2:RunInstances", "arn:aws:ec2:us-east-1:111122223333:instance/*"),
        ("ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/*"),
        ("ec2:StopInstances", "arn:aws:ec2:us-east-1:111122223333:instance/*"),
        ("ec2:TerminateInstances", "arn:aws:ec2:us-east-1:111122223333:instance/*"),
        ("ec2:DescribeSecurityGroups", "*"),
        ("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/*"),
        ("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:111122223333:table/*"),
        ("dynamodb:Query", "arn:aws:dynamodb:us-east-1:111122223333:table/*"),
        ("dynamodb:Scan", "arn:aws:dynamodb:us-east-1:111122223333:table/*"),
        ("lambda:InvokeFunction", "arn:aws:lambda:us-east-1:111122223333:function:*"),
        ("lambda:ListFunctions", "*"),
        ("logs:CreateLogGroup", "arn:aws:logs:us-east-1:111122223333:log-group:*"),
        ("logs:PutLogEvents", "arn:aws:logs:us-east-1:111122223333:log-group:*"),
        ("cloudwatch:GetMetricData", "*"),
        ("kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/*"),
        ("kms:Encrypt", "arn:aws:kms:us-east-1:111122223333:key/*"),
        ("sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:*"),
        ("sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:111122223333:*"),
        ("sns:Publish", "arn:aws:sns:us-east-1:111122223333:*"),
        ("cloudtrail:LookupEvents", "*"),
    ]
}
