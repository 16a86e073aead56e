/// AWS managed policies copied from AWS's own publication, each verbatim: the document of its
/// default version, that version's ID, its path (in the ARN), description and creation time.
/// Sources, per policy: the AWS Managed Policy Reference page
/// (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html: description,
/// creation and edit time, ARN, default version, document) and, where that page gives only
/// minutes, `aws iam get-policy` output archived in public repositories for the seconds and
/// the `ANPA…` ID (IDs never change). Data, not code: add a policy only with its real text.
extension AWSManagedPolicies {
    static let publishedEntries: [AWSManagedPolicy] = [
        // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html
        // (created 2015-02-06 18:40 UTC, edited 2019-06-21 19:40 UTC to the minute; the seconds of
        // the creation time from v1's CreateDate in an archived 2017 API snapshot: 18:40:38).
        AWSManagedPolicy(
            name: "IAMFullAccess", path: "/", policyID: "ANPAI7XKCFMBPM3QQRRVQ", defaultVersionID: "v2",
            description: "Provides full access to IAM via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:38Z"), updateDate: date("2019-06-21T19:40:00Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}"#),
        // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaBasicExecutionRole.html
        // (seconds from archived get-policy output: 2015-04-09T15:03:43Z, never revised).
        AWSManagedPolicy(
            name: "AWSLambdaBasicExecutionRole", path: "/service-role/", policyID: "ANPAJNCQGXC42545SKXIK", defaultVersionID: "v1",
            description: "Provides write permissions to CloudWatch Logs.",
            createDate: date("2015-04-09T15:03:43Z"), updateDate: date("2015-04-09T15:03:43Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}"#),
        // https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMUserChangePassword.html
        // (creation 2016-11-15 00:25 UTC, edited 2025-05-29 21:52 UTC, to the minute).
        AWSManagedPolicy(
            name: "IAMUserChangePassword", path: "/", policyID: "ANPAJ4L4MM2A7QIEB56MS", defaultVersionID: "v3",
            description: "Provides the ability for an IAM user to change their own password.",
            createDate: date("2016-11-15T00:25:00Z"), updateDate: date("2025-05-29T21:52:00Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":["arn:aws:iam::*:user/${aws:username}","arn:aws:iam::*:user/*/${aws:username}"]},{"Effect":"Allow","Action":["iam:GetAccountPasswordPolicy"],"Resource":"*"}]}"#),
        // Archived `aws iam list-policies` and `get-policy-version --version-id v5` output
        // (ID, v5, created 2015-02-06T18:40:15Z, v5 of 2018-11-27T02:16:56Z). The description is
        // the one the IAM console shows for it; its reference page was not in the sources searched.
        AWSManagedPolicy(
            name: "AmazonEC2FullAccess", path: "/", policyID: "ANPAI3VAJF5ZCRZ7MCQE6", defaultVersionID: "v5",
            description: "Provides full access to Amazon EC2 via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:15Z"), updateDate: date("2018-11-27T02:16:56Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":"ec2:*","Effect":"Allow","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:*","Resource":"*"},{"Effect":"Allow","Action":"cloudwatch:*","Resource":"*"},{"Effect":"Allow","Action":"autoscaling:*","Resource":"*"},{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":["autoscaling.amazonaws.com","ec2scheduled.amazonaws.com","elasticloadbalancing.amazonaws.com","spot.amazonaws.com","spotfleet.amazonaws.com","transitgateway.amazonaws.com"]}}}]}"#),
    ]
}
