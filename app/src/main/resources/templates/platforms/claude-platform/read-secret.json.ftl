<#-- The workload's role may read its own Claude Platform API key and nothing else. -->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadTheWorkspaceApiKeyOnly",
      "Effect": "Allow",
      "Action": "secretsmanager:GetSecretValue",
      "Resource": "${secretArnPattern}"
    }
  ]
}
