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

/// Policies for service roles: what a Lambda function, an EC2 instance or an ECS task carries.
extension AWSManagedPolicies {
    static let serviceRoleEntries: [AWSManagedPolicy] = [
        // AWSLambdaDynamoDBExecutionRole: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSLambdaDynamoDBExecutionRole", path: "/service-role/", policyID: "ANPAIP7WNAGMIPYNW4WQG", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-04-09T15:09:29Z"), updateDate: date("2015-04-09T15:09:29Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:DescribeStream","dynamodb:GetRecords","dynamodb:GetShardIterator","dynamodb:ListStreams","logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}"#),
        // AWSLambdaKinesisExecutionRole: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSLambdaKinesisExecutionRole", path: "/service-role/", policyID: "ANPAJHOLKJPXV4GBRMJUQ", defaultVersionID: "v2",
            description: nil,
            createDate: date("2015-04-09T15:14:16Z"), updateDate: date("2018-11-19T20:09:24Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["kinesis:DescribeStream","kinesis:DescribeStreamSummary","kinesis:GetRecords","kinesis:GetShardIterator","kinesis:ListShards","kinesis:ListStreams","kinesis:SubscribeToShard","logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}"#),
        // AWSLambdaRole: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AWSLambdaRole", path: "/service-role/", policyID: "ANPAJX4DPCRGTC4NFDUXI", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:28Z"), updateDate: date("2015-02-06T18:41:28Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:InvokeFunction"],"Resource":["*"]}]}"#),
        // AWSLambdaVPCAccessExecutionRole: MAMIP @1b36617981d5; creation time as the AWS Managed Policy Reference page publishes it, to the minute.
        AWSManagedPolicy(
            name: "AWSLambdaVPCAccessExecutionRole", path: "/service-role/", policyID: "ANPAJVTME3YLVNL72YR2K", defaultVersionID: "v3",
            description: "Provides minimum permissions for a Lambda function to execute while accessing a resource within a VPC - create, describe, delete network interfaces and write permissions to CloudWatch Logs.",
            createDate: date("2016-02-11T23:15:00Z"), updateDate: date("2024-01-05T22:38:26Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"AWSLambdaVPCAccessExecutionPermissions","Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents","ec2:CreateNetworkInterface","ec2:DescribeNetworkInterfaces","ec2:DescribeSubnets","ec2:DeleteNetworkInterface","ec2:AssignPrivateIpAddresses","ec2:UnassignPrivateIpAddresses"],"Resource":"*"}]}"#),
        // AmazonAPIGatewayPushToCloudWatchLogs: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonAPIGatewayPushToCloudWatchLogs", path: "/service-role/", policyID: "ANPAIK4GFO7HLKYN64ASK", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-11-11T23:41:46Z"), updateDate: date("2015-11-11T23:41:46Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:DescribeLogGroups","logs:DescribeLogStreams","logs:PutLogEvents","logs:GetLogEvents","logs:FilterLogEvents"],"Resource":"*"}]}"#),
        // AmazonECSTaskExecutionRolePolicy: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonECSTaskExecutionRolePolicy", path: "/service-role/", policyID: "ANPAJG4T4G4PV56DE72PY", defaultVersionID: "v1",
            description: nil,
            createDate: date("2017-11-16T18:48:22Z"), updateDate: date("2017-11-16T18:48:22Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ecr:GetAuthorizationToken","ecr:BatchCheckLayerAvailability","ecr:GetDownloadUrlForLayer","ecr:BatchGetImage","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"}]}"#),
        // AmazonRDSEnhancedMonitoringRole: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonRDSEnhancedMonitoringRole", path: "/service-role/", policyID: "ANPAJV7BS425S4PTSSVGK", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-11-11T19:58:29Z"), updateDate: date("2015-11-11T19:58:29Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Sid":"EnableCreationAndManagementOfRDSCloudwatchLogGroups","Effect":"Allow","Action":["logs:CreateLogGroup","logs:PutRetentionPolicy"],"Resource":["arn:aws:logs:*:*:log-group:RDS*"]},{"Sid":"EnableCreationAndManagementOfRDSCloudwatchLogStreams","Effect":"Allow","Action":["logs:CreateLogStream","logs:PutLogEvents","logs:DescribeLogStreams","logs:GetLogEvents"],"Resource":["arn:aws:logs:*:*:log-group:RDS*:log-stream:*"]}]}"#),
        // AmazonSNSRole: MAMIP @24b649d3de6c; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AmazonSNSRole", path: "/service-role/", policyID: "ANPAJK5GQB7CIK7KHY2GA", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:30Z"), updateDate: date("2015-02-06T18:41:30Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents","logs:PutMetricFilter","logs:PutRetentionPolicy"],"Resource":["*"]}]}"#),
        // AmazonSSMManagedInstanceCore: MAMIP @24b649d3de6c; creation time as the AWS Managed Policy Reference page publishes it, to the minute.
        AWSManagedPolicy(
            name: "AmazonSSMManagedInstanceCore", path: "/", policyID: "ANPAIXSHM2BNB2D3AXXRU", defaultVersionID: "v2",
            description: nil,
            createDate: date("2019-03-15T17:22:00Z"), updateDate: date("2019-05-23T16:54:21Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:DescribeAssociation","ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:DescribeDocument","ssm:GetManifest","ssm:GetParameter","ssm:GetParameters","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutInventory","ssm:PutComplianceItems","ssm:PutConfigurePackageResult","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus","ssm:UpdateInstanceInformation"],"Resource":"*"},{"Effect":"Allow","Action":["ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel","ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel"],"Resource":"*"},{"Effect":"Allow","Action":["ec2messages:AcknowledgeMessage","ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint","ec2messages:GetMessages","ec2messages:SendReply"],"Resource":"*"}]}"#),
        // AutoScalingNotificationAccessRole: MAMIP @1b36617981d5; creation time = the CreateDate of its v1 (MAMIP v1 file or archived 2017 API snapshot).
        AWSManagedPolicy(
            name: "AutoScalingNotificationAccessRole", path: "/service-role/", policyID: "ANPAIO2VMUPGDC5PZVXVA", defaultVersionID: "v1",
            description: nil,
            createDate: date("2015-02-06T18:41:22Z"), updateDate: date("2015-02-06T18:41:22Z"),
            document: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*","Action":["sqs:SendMessage","sqs:GetQueueUrl","sns:Publish"]}]}"#),
    ]
}
