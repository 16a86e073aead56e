// Data, not code: AWS managed policies as AWS publishes them. Do not edit by hand; a policy is
// added or updated only with AWS's own text (docs/decisions.md, 2026-12-07 "AWS managed policy catalog").
// Sources (snapshot taken 2026-12-07):
//  - document, default version ID and that version's date: github.com/zoph-io/MAMIP `policies/<Name>`
//    (the `aws iam get-policy-version` output MAMIP archives), at the commit named per entry; every
//    document was checked against that file by pretty-printing it back to the file's exact length.
//  - `ANPA...` ID and path: archived `aws iam list-policies` output (github.com/wallix/awless,
//    aws/driver policies list, 2017); IDs never change. AmazonSSMManagedInstanceCore's and
//    AmazonECSTaskExecutionRolePolicy's IDs: github.com/scttfrdmn/substrate emulator tests.
//  - creation time: see each entry (AWS Managed Policy Reference page
//    https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<Name>.html, or v1's CreateDate).
//  - description: the reference page's English "Description" where it was read; nil otherwise.

/// Service full-access and read-only policies (IAM, Lambda, DynamoDB, CloudWatch, SSM, SQS, SNS, ...).
extension AWSManagedPolicies {
    static let serviceEntries: [AWSManagedPolicy] = [
        // AWSBillingReadOnlyAccess: MAMIP @035d4aa0fc79; creation time as the catalog had it before this snapshot.
        AWSManagedPolicy(
            name: "AWSBillingReadOnlyAccess", path: "/", policyID: "ANPAJ5SXU3TQLOSPKSBF4", defaultVersionID: "v4",
            description: "Allows users to view bills on the Billing Console.",
            createDate: date("2016-11-10T17:20:15Z"), updateDate: date("2023-07-26T18:05:19Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"VisualEditor0","Effect":"Allow","Action":["account:GetAccountInformation","aws-portal:ViewBilling","billing:GetBillingData","billing:GetBillingDetails","billing:GetBillingNotifications","billing:GetBillingPreferences","billing:GetCredits","billing:GetContractInformation","billing:GetIAMAccessPreference","billing:GetSellerOfRecord","billing:ListBillingViews","ce:ListCostAllocationTags","consolidatedbilling:ListLinkedAccounts","consolidatedbilling:GetAccountBillingRole","cur:GetClassicReport","cur:GetClassicReportPreferences","cur:GetUsageReport","freetier:GetFreeTierAlertPreference","freetier:GetFreeTierUsage","invoicing:GetInvoiceEmailDeliveryPreferences","invoicing:GetInvoicePDF","invoicing:ListInvoiceSummaries","payments:GetPaymentInstrument","payments:GetPaymentStatus","payments:ListPaymentPreferences","purchase-orders:GetPurchaseOrder","purchase-orders:ViewPurchaseOrders","purchase-orders:ListPurchaseOrderInvoices","purchase-orders:ListPurchaseOrders","purchase-orders:ListTagsForResource","tax:GetTaxRegistrationDocument","tax:GetTaxInheritance","tax:ListTaxRegistrations"],"Resource":"*"}]}"#),
        // AWSCloudFormationReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSCloudFormationReadOnlyAccess", path: "/", policyID: "ANPAJWVBEE4I2POWLODLW", defaultVersionID: "v4",
            description: nil,
            createDate: date("2015-02-06T18:39:49Z"), updateDate: date("2019-11-13T17:40:07Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudformation:Describe*","cloudformation:EstimateTemplateCost","cloudformation:Get*","cloudformation:List*","cloudformation:ValidateTemplate","cloudformation:Detect*"],"Resource":"*"}]}"#),
        // AWSKeyManagementServicePowerUser: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSKeyManagementServicePowerUser", path: "/", policyID: "ANPAJNPP7PPPPMJRV2SA4", defaultVersionID: "v2",
            description: nil,
            createDate: date("2015-02-06T18:40:40Z"), updateDate: date("2017-03-07T00:55:11Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kms:CreateAlias","kms:CreateKey","kms:DeleteAlias","kms:Describe*","kms:GenerateRandom","kms:Get*","kms:List*","kms:TagResource","kms:UntagResource","iam:ListGroups","iam:ListRoles","iam:ListUsers"],"Resource":"*"}]}"#),
        // AWSLambdaExecute: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSLambdaExecute", path: "/", policyID: "ANPAJE5FX7FQZSU5XAKGO", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:40:46Z"), updateDate: date("2015-02-06T18:40:46Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:*"],"Resource":"arn:aws:logs:*:*:*"},{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::*"}]}"#),
        // AWSSupportAccess: MAMIP @09fc3a5c9ba5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSSupportAccess", path: "/", policyID: "ANPAJSNKQX2OW67GF4S7E", defaultVersionID: "v3",
            description: nil,
            createDate: date("2015-02-06T18:41:11Z"), updateDate: date("2026-02-11T22:17:43Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["support:*","support-console:*"],"Resource":"*","Effect":"Allow"}]}"#),
        // AmazonAPIGatewayAdministrator: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonAPIGatewayAdministrator", path: "/", policyID: "ANPAJ4PT6VY5NLKTNUYSI", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-07-09T17:34:45Z"), updateDate: date("2015-07-09T17:34:45Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["apigateway:*"],"Resource":"arn:aws:apigateway:*::/*"}]}"#),
        // AmazonAPIGatewayInvokeFullAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonAPIGatewayInvokeFullAccess", path: "/", policyID: "ANPAIIWAX2NOOQJ4AIEQ6", defaultVersionID: "v2",
            description: nil,
            createDate: date("2015-07-09T17:36:12Z"), updateDate: date("2018-12-18T18:25:10Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["execute-api:Invoke","execute-api:ManageConnections"],"Resource":"arn:aws:execute-api:*:*:*"}]}"#),
        // AmazonDynamoDBFullAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonDynamoDBFullAccess", path: "/", policyID: "ANPAINUGF2JSOSUY76KYA", defaultVersionID: "v15",
            description: nil,
            createDate: date("2015-02-06T18:40:11Z"), updateDate: date("2021-01-29T17:38:30Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["dynamodb:*","dax:*","application-autoscaling:DeleteScalingPolicy","application-autoscaling:DeregisterScalableTarget","application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","application-autoscaling:PutScalingPolicy","application-autoscaling:RegisterScalableTarget","cloudwatch:DeleteAlarms","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","cloudwatch:PutMetricAlarm","cloudwatch:GetMetricData","datapipeline:ActivatePipeline","datapipeline:CreatePipeline","datapipeline:DeletePipeline","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:PutPipelineDefinition","datapipeline:QueryObjects","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:CreateTopic","sns:DeleteTopic","sns:ListSubscriptions","sns:ListSubscriptionsByTopic","sns:ListTopics","sns:Subscribe","sns:Unsubscribe","sns:SetTopicAttributes","lambda:CreateFunction","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:CreateEventSourceMapping","lambda:DeleteEventSourceMapping","lambda:GetFunctionConfiguration","lambda:DeleteFunction","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","resource-groups:DeleteGroup","resource-groups:CreateGroup","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"},{"Action":["iam:PassRole"],"Effect":"Allow","Resource":"*","Condition":{"StringLike":{"iam:PassedToService":["application-autoscaling.amazonaws.com","application-autoscaling.amazonaws.com.cn","dax.amazonaws.com"]}}},{"Effect":"Allow","Action":["iam:CreateServiceLinkedRole"],"Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":["replication.dynamodb.amazonaws.com","dax.amazonaws.com","dynamodb.application-autoscaling.amazonaws.com","contributorinsights.dynamodb.amazonaws.com","kinesisreplication.dynamodb.amazonaws.com"]}}}]}"#),
        // AmazonDynamoDBReadOnlyAccess: MAMIP @1b36617981d5; creation time as the catalog had it before this snapshot.
        AWSManagedPolicy(
            name: "AmazonDynamoDBReadOnlyAccess", path: "/", policyID: "ANPAIY2XFNA232XJ6J7X2", defaultVersionID: "v14",
            description: "Provides read only access to Amazon DynamoDB via the AWS Management Console.",
            createDate: date("2015-02-06T18:40:12Z"), updateDate: date("2024-03-20T15:45:01Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"GeneralReadOnlyAccess","Action":["application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","cloudwatch:GetMetricData","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:QueryObjects","dynamodb:BatchGetItem","dynamodb:Describe*","dynamodb:List*","dynamodb:GetItem","dynamodb:GetResourcePolicy","dynamodb:Query","dynamodb:Scan","dynamodb:PartiQLSelect","dax:Describe*","dax:List*","dax:GetItem","dax:BatchGetItem","dax:Query","dax:Scan","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:ListSubscriptionsByTopic","sns:ListTopics","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:GetFunctionConfiguration","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Sid":"CCIAccess","Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"}]}"#),
        // AmazonElastiCacheReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonElastiCacheReadOnlyAccess", path: "/", policyID: "ANPAIPDACSNQHSENWAKM2", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:40:21Z"), updateDate: date("2015-02-06T18:40:21Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["elasticache:Describe*"],"Effect":"Allow","Resource":"*"}]}"#),
        // AmazonElasticFileSystemReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonElasticFileSystemReadOnlyAccess", path: "/", policyID: "ANPAIPN5S4NE5JJOKVC4Y", defaultVersionID: "v7",
            description: nil,
            createDate: date("2015-05-27T16:25:25Z"), updateDate: date("2022-01-10T18:53:37Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricData","ec2:DescribeAvailabilityZones","ec2:DescribeNetworkInterfaceAttribute","ec2:DescribeNetworkInterfaces","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcAttribute","ec2:DescribeVpcs","elasticfilesystem:DescribeAccountPreferences","elasticfilesystem:DescribeBackupPolicy","elasticfilesystem:DescribeFileSystems","elasticfilesystem:DescribeFileSystemPolicy","elasticfilesystem:DescribeLifecycleConfiguration","elasticfilesystem:DescribeMountTargets","elasticfilesystem:DescribeMountTargetSecurityGroups","elasticfilesystem:DescribeTags","elasticfilesystem:DescribeAccessPoints","elasticfilesystem:DescribeReplicationConfigurations","elasticfilesystem:ListTagsForResource","kms:ListAliases"],"Resource":"*"}]}"#),
        // AmazonKinesisReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonKinesisReadOnlyAccess", path: "/", policyID: "ANPAIOCMTDT5RLKZ2CAJO", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:40:30Z"), updateDate: date("2015-02-06T18:40:30Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kinesis:Get*","kinesis:List*","kinesis:Describe*"],"Resource":"*"}]}"#),
        // AmazonRDSReadOnlyAccess: MAMIP @0369b67afaf3; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonRDSReadOnlyAccess", path: "/", policyID: "ANPAJKTTTYV2IIHKLZ346", defaultVersionID: "v5",
            description: nil,
            createDate: date("2015-02-06T18:40:53Z"), updateDate: date("2023-03-15T14:02:16Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["rds:Describe*","rds:ListTagsForResource","ec2:DescribeAccountAttributes","ec2:DescribeAvailabilityZones","ec2:DescribeInternetGateways","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcAttribute","ec2:DescribeVpcs"],"Resource":"*"},{"Effect":"Allow","Action":["cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","logs:DescribeLogStreams","logs:GetLogEvents","devops-guru:GetResourceCollection"],"Resource":"*"}]}"#),
        // AmazonRedshiftReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonRedshiftReadOnlyAccess", path: "/", policyID: "ANPAIGD46KSON64QBSEZM", defaultVersionID: "v2",
            description: nil,
            createDate: date("2015-02-06T18:40:51Z"), updateDate: date("2024-02-08T00:24:13Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"AmazonRedshiftReadOnlyAccess","Action":["redshift:Describe*","redshift:ListRecommendations","redshift:ViewQueriesInConsole","ec2:DescribeAccountAttributes","ec2:DescribeAddresses","ec2:DescribeAvailabilityZones","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs","ec2:DescribeInternetGateways","sns:Get*","sns:List*","cloudwatch:Describe*","cloudwatch:List*","cloudwatch:Get*"],"Effect":"Allow","Resource":"*"}]}"#),
        // AmazonRoute53FullAccess: MAMIP @0cbb6830b425; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonRoute53FullAccess", path: "/", policyID: "ANPAJWVDLG5RPST6PHQ3A", defaultVersionID: "v5",
            description: nil,
            createDate: date("2015-02-06T18:40:54Z"), updateDate: date("2025-05-15T18:07:06Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["route53:*","route53domains:*","cloudfront:ListDistributions","cloudfront:GetDistributionTenantByDomain","cloudfront:GetConnectionGroup","cloudwatch:DescribeAlarms","cloudwatch:GetMetricStatistics","cloudwatch:GetMetricData","ec2:DescribeVpcs","ec2:DescribeVpcEndpoints","ec2:DescribeRegions","elasticloadbalancing:DescribeLoadBalancers","elasticbeanstalk:DescribeEnvironments","es:ListDomainNames","es:DescribeDomains","lightsail:GetContainerServices","s3:ListBucket","s3:GetBucketLocation","s3:GetBucketWebsite","sns:ListTopics","sns:ListSubscriptionsByTopic","tag:GetResources"],"Resource":"*","Effect":"Allow"},{"Action":"apigateway:GET","Resource":"arn:aws:apigateway:*::/domainnames","Effect":"Allow"}]}"#),
        // AmazonRoute53ReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonRoute53ReadOnlyAccess", path: "/", policyID: "ANPAITOYK2ZAOQFXV2JNC", defaultVersionID: "v2",
            description: nil,
            createDate: date("2015-02-06T18:40:55Z"), updateDate: date("2016-11-15T21:15:16Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["route53:Get*","route53:List*","route53:TestDNSAnswer"],"Resource":["*"]}]}"#),
        // AmazonSESFullAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSESFullAccess", path: "/", policyID: "ANPAJ2P4NXCHAT7NDPNR4", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:02Z"), updateDate: date("2015-02-06T18:41:02Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ses:*"],"Resource":"*"}]}"#),
        // AmazonSESReadOnlyAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSESReadOnlyAccess", path: "/", policyID: "ANPAINV2XPFRMWJJNSCGI", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:03Z"), updateDate: date("2015-02-06T18:41:03Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ses:Get*","ses:List*"],"Resource":"*"}]}"#),
        // AmazonSNSFullAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSNSFullAccess", path: "/", policyID: "ANPAJWEKLCXXUNT2SOLSG", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:05Z"), updateDate: date("2015-02-06T18:41:05Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["sns:*"],"Effect":"Allow","Resource":"*"}]}"#),
        // AmazonSNSReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSNSReadOnlyAccess", path: "/", policyID: "ANPAIZGQCQTFOFPMHSB6W", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:06Z"), updateDate: date("2015-02-06T18:41:06Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sns:GetTopicAttributes","sns:List*"],"Resource":"*"}]}"#),
        // AmazonSQSFullAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSQSFullAccess", path: "/", policyID: "ANPAI65L554VRJ33ECQS6", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:07Z"), updateDate: date("2015-02-06T18:41:07Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["sqs:*"],"Effect":"Allow","Resource":"*"}]}"#),
        // AmazonSQSReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSQSReadOnlyAccess", path: "/", policyID: "ANPAIUGSSQY362XGCM6KW", defaultVersionID: "v3",
            description: nil,
            createDate: date("2015-02-06T18:41:08Z"), updateDate: date("2023-06-15T15:37:35Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sqs:GetQueueAttributes","sqs:GetQueueUrl","sqs:ListDeadLetterSourceQueues","sqs:ListQueues","sqs:ListMessageMoveTasks"],"Resource":"*"}]}"#),
        // AmazonSSMFullAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSSMFullAccess", path: "/", policyID: "ANPAJA7V6HI4ISQFMDYAG", defaultVersionID: "v4",
            description: nil,
            createDate: date("2015-05-29T17:39:47Z"), updateDate: date("2019-11-20T20:08:56Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudwatch:PutMetricData","ds:CreateComputer","ds:DescribeDirectories","ec2:DescribeInstanceStatus","logs:*","ssm:*","ec2messages:*"],"Resource":"*"},{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws:iam::*:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM*","Condition":{"StringLike":{"iam:AWSServiceName":"ssm.amazonaws.com"}}},{"Effect":"Allow","Action":["iam:DeleteServiceLinkedRole","iam:GetServiceLinkedRoleDeletionStatus"],"Resource":"arn:aws:iam::*:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForAmazonSSM*"},{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"}]}"#),
        // AmazonSSMReadOnlyAccess: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSSMReadOnlyAccess", path: "/", policyID: "ANPAJODSKQGGJTHRYZ5FC", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-05-29T17:44:19Z"), updateDate: date("2015-05-29T17:44:19Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:Describe*","ssm:Get*","ssm:List*"],"Resource":"*"}]}"#),
        // CloudWatchActionsEC2Access: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "CloudWatchActionsEC2Access", path: "/", policyID: "ANPAIOWD4E3FVSORSZTGU", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-07-07T00:00:33Z"), updateDate: date("2015-07-07T00:00:33Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["cloudwatch:Describe*","ec2:Describe*","ec2:RebootInstances","ec2:StopInstances","ec2:TerminateInstances"],"Resource":"*"}]}"#),
        // CloudWatchFullAccess: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "CloudWatchFullAccess", path: "/", policyID: "ANPAIKEABORKUXN6DEAZU", defaultVersionID: "v4",
            description: nil,
            createDate: date("2015-02-06T18:40:00Z"), updateDate: date("2022-11-27T13:23:49Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["autoscaling:Describe*","cloudwatch:*","logs:*","sns:*","iam:GetPolicy","iam:GetPolicyVersion","iam:GetRole","oam:ListSinks"],"Resource":"*"},{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws:iam::*:role/aws-service-role/events.amazonaws.com/AWSServiceRoleForCloudWatchEvents*","Condition":{"StringLike":{"iam:AWSServiceName":"events.amazonaws.com"}}},{"Effect":"Allow","Action":["oam:ListAttachedLinks"],"Resource":"arn:aws:oam:*:*:sink/*"}]}"#),
        // CloudWatchLogsFullAccess: MAMIP @05fe8e360616; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "CloudWatchLogsFullAccess", path: "/", policyID: "ANPAJ3ZGNWK2R5HW5BQFO", defaultVersionID: "v3",
            description: nil,
            createDate: date("2015-02-06T18:40:02Z"), updateDate: date("2025-05-20T17:07:06Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["logs:*","cloudwatch:GenerateQuery","cloudwatch:GenerateQueryResultsSummary"],"Resource":"*","Effect":"Allow","Sid":"CloudWatchLogsFullAccess"}]}"#),
        // CloudWatchLogsReadOnlyAccess: MAMIP @0a40265ba24d; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "CloudWatchLogsReadOnlyAccess", path: "/", policyID: "ANPAJ2YIYDYSNNEHK3VKW", defaultVersionID: "v6",
            description: nil,
            createDate: date("2015-02-06T18:40:03Z"), updateDate: date("2023-11-26T18:11:33Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"CloudWatchLogsReadOnlyAccess","Effect":"Allow","Action":["logs:Describe*","logs:Get*","logs:List*","logs:StartQuery","logs:StopQuery","logs:TestMetricFilter","logs:FilterLogEvents","logs:StartLiveTail","logs:StopLiveTail","cloudwatch:GenerateQuery"],"Resource":"*"}]}"#),
        // CloudWatchReadOnlyAccess: MAMIP @06127fe5cbbe; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "CloudWatchReadOnlyAccess", path: "/", policyID: "ANPAJN23PDQP7SZQAE3QE", defaultVersionID: "v14",
            description: "Provides read only access to CloudWatch.",
            createDate: date("2015-02-06T18:40:01Z"), updateDate: date("2025-12-02T16:49:09Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Action":["application-autoscaling:DescribeScalingPolicies","application-signals:BatchGet*","application-signals:Get*","application-signals:List*","autoscaling:Describe*","cloudtrail:ListChannels","cloudwatch:BatchGet*","cloudwatch:Describe*","cloudwatch:GenerateQuery","cloudwatch:Get*","cloudwatch:List*","logs:Get*","logs:List*","logs:StartQuery","logs:StopQuery","logs:Describe*","logs:TestMetricFilter","logs:FilterLogEvents","logs:StartLiveTail","logs:StopLiveTail","oam:ListSinks","observabilityadmin:GetCentralizationRuleForOrganization","observabilityadmin:ListCentralizationRulesForOrganization","observabilityadmin:GetTelemetryEvaluationStatus","observabilityadmin:GetTelemetryEvaluationStatusForOrganization","observabilityadmin:GetTelemetryRule","observabilityadmin:GetTelemetryRuleForOrganization","observabilityadmin:ListResourceTelemetry","observabilityadmin:ListResourceTelemetryForOrganization","observabilityadmin:ListTelemetryRules","observabilityadmin:ListTelemetryRulesForOrganization","observabilityadmin:GetTelemetryEnrichmentStatus","observabilityadmin:ListTagsForResource","observabilityadmin:GetTelemetryPipeline","observabilityadmin:ListTelemetryPipelines","observabilityadmin:TestTelemetryPipeline","observabilityadmin:ValidateTelemetryPipelineConfiguration","observabilityadmin:GetS3TableIntegration","observabilityadmin:ListS3TableIntegrations","sns:Get*","sns:List*","rum:BatchGet*","rum:Get*","rum:List*","synthetics:Describe*","synthetics:Get*","synthetics:List*","xray:BatchGet*","xray:Get*","xray:List*","xray:StartTraceRetrieval","xray:CancelTraceRetrieval"],"Resource":"*","Effect":"Allow","Sid":"CloudWatchReadOnlyAccessPermissions"},{"Action":["oam:ListAttachedLinks"],"Resource":"arn:aws:oam:*:*:sink/*","Effect":"Allow","Sid":"OAMReadPermissions"},{"Action":"iam:GetRole","Resource":"arn:aws:iam::*:role/aws-service-role/application-signals.cloudwatch.amazonaws.com/AWSServiceRoleForCloudWatchApplicationSignals","Effect":"Allow","Sid":"CloudWatchReadOnlyGetRolePermissions"},{"Action":["cloudtrail:GetChannel"],"Resource":"arn:aws:cloudtrail:*:*:channel/aws-service-channel/application-signals/*","Effect":"Allow","Sid":"CloudWatchCloudTrailPermissions"},{"Action":["servicequotas:GetServiceQuota"],"Resource":["arn:aws:servicequotas:*:*:s3/*","arn:aws:servicequotas:*:*:dynamodb/*","arn:aws:servicequotas:*:*:kinesis/*","arn:aws:servicequotas:*:*:sns/*","arn:aws:servicequotas:*:*:bedrock/*","arn:aws:servicequotas:*:*:lambda/*","arn:aws:servicequotas:*:*:fargate/*","arn:aws:servicequotas:*:*:elasticloadbalancing/*","arn:aws:servicequotas:*:*:ec2/*"],"Effect":"Allow","Sid":"CloudWatchServiceQuotaPermissions"},{"Action":["resource-explorer-2:ListIndexes","resource-explorer-2:Search"],"Resource":["arn:aws:resource-explorer-2:*::view/AWSServiceViewForApplicationSignals/service-view","arn:aws:resource-explorer-2:*::view/AWSServiceViewForApplicationSignalsOrgScopeProd/service-view"],"Effect":"Allow","Sid":"CloudWatchResourceExplorerPermissions"}]}"#),
        // IAMSelfManageServiceSpecificCredentials: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "IAMSelfManageServiceSpecificCredentials", path: "/", policyID: "ANPAI4VT74EMXK2PMQJM2", defaultVersionID: "v1",
            description: nil,
            createDate: date("2016-12-22T17:25:18Z"), updateDate: date("2016-12-22T17:25:18Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateServiceSpecificCredential","iam:ListServiceSpecificCredentials","iam:UpdateServiceSpecificCredential","iam:DeleteServiceSpecificCredential","iam:ResetServiceSpecificCredential"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#),
        // IAMUserSSHKeys: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "IAMUserSSHKeys", path: "/", policyID: "ANPAJTSHUA4UXGXU7ANUA", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-07-09T17:08:54Z"), updateDate: date("2015-07-09T17:08:54Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:DeleteSSHPublicKey","iam:GetSSHPublicKey","iam:ListSSHPublicKeys","iam:UpdateSSHPublicKey","iam:UploadSSHPublicKey"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#),
    ]
}
