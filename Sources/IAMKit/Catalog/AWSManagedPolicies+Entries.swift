/// The documents of the catalog. Small policies are AWS's current default versions verbatim
/// in structure and content; ReadOnlyAccess, ViewOnlyAccess, AmazonDynamoDBReadOnlyAccess and
/// AWSBillingReadOnlyAccess are very long in AWS (hundreds of actions) and are kept here with
/// their real structure (one Allow statement of read-only actions on `*`) and a representative
/// subset of their actions, enough for the services a lab touches (iam, s3, ec2, sts, dynamodb).
/// IDs and dates are AWS's as far as known.
extension AWSManagedPolicies {
    static let entries: [AWSManagedPolicy] = [
        AWSManagedPolicy(
            name: "AdministratorAccess", path: "/", policyID: "ANPAIWMBCKSKIEE64ZLYK", defaultVersionID: "v1",
            description: "Provides full access to AWS services and resources.",
            createDate: date("2015-02-06T18:39:46Z"), updateDate: date("2015-02-06T18:39:46Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "PowerUserAccess", path: "/", policyID: "ANPAJYRXTHIB4FOVS3ZXS", defaultVersionID: "v5",
            description: "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
            createDate: date("2015-02-06T18:39:47Z"), updateDate: date("2023-07-06T22:04:19Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},{"Effect":"Allow","Action":["account:GetAccountInformation","account:GetPrimaryEmail","account:ListRegions","iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles","organizations:DescribeOrganization"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "ReadOnlyAccess", path: "/", policyID: "ANPAILL3HVNFSB6DCOWYQ", defaultVersionID: "v118",
            description: "Provides read-only access to AWS services and resources.",
            createDate: date("2015-02-06T18:39:48Z"), updateDate: date("2025-01-15T18:17:35Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"ReadOnlyActions","Effect":"Allow","Action":["acm:Describe*","acm:Get*","acm:List*","autoscaling:Describe*","cloudformation:Describe*","cloudformation:Get*","cloudformation:List*","cloudtrail:Describe*","cloudtrail:Get*","cloudtrail:List*","cloudtrail:LookupEvents","cloudwatch:Describe*","cloudwatch:Get*","cloudwatch:List*","dynamodb:BatchGetItem","dynamodb:Describe*","dynamodb:Get*","dynamodb:List*","dynamodb:Query","dynamodb:Scan","ec2:Describe*","ec2:Get*","ecr:BatchGetImage","ecr:Describe*","ecr:Get*","ecr:List*","elasticloadbalancing:Describe*","iam:Generate*","iam:Get*","iam:List*","iam:Simulate*","kms:Describe*","kms:Get*","kms:List*","lambda:Get*","lambda:List*","logs:Describe*","logs:FilterLogEvents","logs:Get*","logs:ListTagsLogGroup","logs:StartQuery","logs:StopQuery","logs:TestMetricFilter","organizations:Describe*","organizations:List*","rds:Describe*","rds:List*","route53:Get*","route53:List*","s3:DescribeJob","s3:Get*","s3:List*","sns:Get*","sns:List*","sqs:Get*","sqs:List*","sqs:Receive*","ssm:Describe*","ssm:Get*","ssm:List*","sts:GetAccessKeyInfo","sts:GetCallerIdentity","sts:GetSessionToken","tag:Get*"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "ViewOnlyAccess", path: "/job-function/", policyID: "ANPAID22R6XPJATWOFDK6", defaultVersionID: "v22",
            description: "This policy grants permissions to view resources and basic metadata across all AWS services.",
            createDate: date("2016-11-10T17:20:15Z"), updateDate: date("2024-04-25T20:15:45Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"ViewOnlyActions","Effect":"Allow","Action":["acm:ListCertificates","autoscaling:Describe*","cloudformation:DescribeStacks","cloudformation:ListStacks","cloudtrail:DescribeTrails","cloudwatch:ListMetrics","dynamodb:DescribeTable","dynamodb:ListTables","ec2:DescribeImages","ec2:DescribeInstances","ec2:DescribeRegions","ec2:DescribeSecurityGroups","ec2:DescribeSnapshots","ec2:DescribeSubnets","ec2:DescribeVolumes","ec2:DescribeVpcs","elasticloadbalancing:DescribeLoadBalancers","iam:GetAccountSummary","iam:GetLoginProfile","iam:ListAccessKeys","iam:ListAccountAliases","iam:ListGroups","iam:ListGroupsForUser","iam:ListInstanceProfiles","iam:ListMFADevices","iam:ListPolicies","iam:ListRoles","iam:ListUsers","lambda:ListFunctions","rds:DescribeDBInstances","s3:ListAllMyBuckets","s3:ListBucket","s3:GetBucketLocation","sns:ListTopics","sqs:ListQueues"],"Resource":"*"}]}"#),
        AWSManagedPolicy(
            name: "IAMReadOnlyAccess", path: "/", policyID: "ANPAJKSO7NDY4T57MWDSQ", defaultVersionID: "v4",
            description: "Provides read only access to IAM via the AWS Management Console.",
            createDate: date("2015-02-06T18:39:47Z"), updateDate: date("2018-01-25T19:11:27Z"),
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
        AWSManagedPolicy(
            name: "AmazonDynamoDBReadOnlyAccess", path: "/", policyID: "ANPAIY2XFNA232XJ6J7X2", defaultVersionID: "v13",
            description: "Provides read only access to Amazon DynamoDB via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:12Z"), updateDate: date("2024-01-24T17:04:22Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricData","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:QueryObjects","dynamodb:BatchGetItem","dynamodb:Describe*","dynamodb:GetItem","dynamodb:GetResourcePolicy","dynamodb:List*","dynamodb:PartiQLSelect","dynamodb:Query","dynamodb:Scan","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:ListSubscriptionsByTopic","sns:ListTopics","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:GetFunctionConfiguration","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"}]}"#),
        AWSManagedPolicy(
            name: "AWSBillingReadOnlyAccess", path: "/", policyID: "ANPAJ5SXU3TQLOSPKSBF4", defaultVersionID: "v12",
            description: "Allows users to view bills on the Billing Console.",
            createDate: date("2016-11-10T17:20:15Z"), updateDate: date("2024-06-04T20:38:55Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"VisualEditor0","Effect":"Allow","Action":["account:GetAccountInformation","aws-portal:View*","billing:Get*","billing:List*","budgets:ViewBudget","budgets:Describe*","ce:Get*","ce:Describe*","ce:List*","consolidatedbilling:Get*","consolidatedbilling:List*","cur:Describe*","cur:Get*","freetier:Get*","invoicing:Get*","invoicing:List*","payments:Get*","payments:List*","pricing:DescribeServices","pricing:GetAttributeValues","pricing:GetProducts","purchase-orders:Get*","purchase-orders:List*","purchase-orders:View*","tax:Get*","tax:List*"],"Resource":"*"}]}"#),
    ]
}
