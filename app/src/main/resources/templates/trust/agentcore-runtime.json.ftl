<#-- AgentCore Runtime execution role, as the AgentCore runtime-permissions page gives it. -->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AssumeRolePolicy",
      "Effect": "Allow",
      "Principal": {"Service": "bedrock-agentcore.amazonaws.com"},
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {"aws:SourceAccount": "${accountId}"},
        "ArnLike": {"aws:SourceArn": "arn:aws:bedrock-agentcore:${region}:${accountId}:*"}
      }
    }
  ]
}
