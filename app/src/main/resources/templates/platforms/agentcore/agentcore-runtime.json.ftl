<#--
  What an AgentCore Runtime execution role needs besides its model (aws-reference.md §1 d, the
  AgentCore runtime-permissions page), scoped to the approved account and region.
-->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PullTheAgentImage",
      "Effect": "Allow",
      "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
      "Resource": "arn:aws:ecr:${region}:${accountId}:repository/*"
    },
    {
      "Sid": "GetEcrAuthorizationToken",
      "Effect": "Allow",
      "Action": "ecr:GetAuthorizationToken",
      "Resource": "*"
    },
    {
      "Sid": "CreateRuntimeLogGroups",
      "Effect": "Allow",
      "Action": ["logs:DescribeLogStreams", "logs:CreateLogGroup"],
      "Resource": "arn:aws:logs:${region}:${accountId}:log-group:/aws/bedrock-agentcore/runtimes/*"
    },
    {
      "Sid": "FindLogGroups",
      "Effect": "Allow",
      "Action": "logs:DescribeLogGroups",
      "Resource": "arn:aws:logs:${region}:${accountId}:log-group:*"
    },
    {
      "Sid": "WriteRuntimeLogs",
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "arn:aws:logs:${region}:${accountId}:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"
    },
    {
      "Sid": "SendTraces",
      "Effect": "Allow",
      "Action": [
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
        "xray:GetSamplingRules",
        "xray:GetSamplingTargets"
      ],
      "Resource": "*"
    },
    {
      "Sid": "PublishRuntimeMetrics",
      "Effect": "Allow",
      "Action": "cloudwatch:PutMetricData",
      "Resource": "*",
      "Condition": {"StringEquals": {"cloudwatch:namespace": "bedrock-agentcore"}}
    },
    {
      "Sid": "GetWorkloadAccessTokens",
      "Effect": "Allow",
      "Action": "bedrock-agentcore:GetWorkloadAccessToken*",
      "Resource": [
        "arn:aws:bedrock-agentcore:${region}:${accountId}:workload-identity-directory/default",
        "arn:aws:bedrock-agentcore:${region}:${accountId}:workload-identity-directory/default/workload-identity/*"
      ]
    }
  ]
}
