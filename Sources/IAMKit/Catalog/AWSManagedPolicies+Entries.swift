/// The catalog's first policies, with AWS's current default versions verbatim. Their documents
/// are short; IDs and creation times come from AWS's API output archived in public repositories
/// (docs/decisions.md, 2026-12-07 "AWS managed policy catalog"). IAMReadOnlyAccess's creation
/// time is published to the minute only (reference page: February 06, 2015, 18:40 UTC).
extension AWSManagedPolicies {
    static let entries: [AWSManagedPolicy] = [
        AWSManagedPolicy(
            name: "AdministratorAccess", path: "/", policyID: "ANPAIWMBCKSKIEE64ZLYK", defaultVersionID: "v1",
            description: "Provides full access to AWS services and resources.",
            createDate: date("2015-02-06T18:39:46Z"), updateDate: date("2015-02-06T18:39:46Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "IAMReadOnlyAccess", path: "/", policyID: "ANPAJKSO7NDY4T57MWDSQ", defaultVersionID: "v4",
            description: "Provides read only access to IAM via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:00Z"), updateDate: date("2018-01-25T19:11:27Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "AmazonS3ReadOnlyAccess", path: "/", policyID: "ANPAIZTJ4DXE7G6AGAE6M", defaultVersionID: "v3",
            description: "Provides read only access to all buckets via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:59Z"), updateDate: date("2023-08-10T21:31:39Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*","s3:Describe*","s3-object-lambda:Get*","s3-object-lambda:List*"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "AmazonS3FullAccess", path: "/", policyID: "ANPAIFIR6V6BVTRAHWINE", defaultVersionID: "v2",
            description: "Provides full access to all buckets via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:58Z"), updateDate: date("2021-09-27T20:16:37Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "AmazonEC2ReadOnlyAccess", path: "/", policyID: "ANPAIGDT4SV4GSETWTBZK", defaultVersionID: "v1",
            description: "Provides read only access to Amazon EC2 via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:17Z"), updateDate: date("2015-02-06T18:40:17Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:Describe*","Resource":"*"},{"Effect":"Allow","Action":["cloudwatch:ListMetrics","cloudwatch:GetMetricStatistics","cloudwatch:Describe*"],"Resource":"*"},{"Effect":"Allow","Action":"autoscaling:Describe*","Resource":"*"}]}"#),
    ]
}
