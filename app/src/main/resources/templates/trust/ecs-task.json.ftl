<#-- ECS task role (not the task execution role), as the ECS Developer Guide writes it. -->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": ["ecs-tasks.amazonaws.com"]},
      "Action": "sts:AssumeRole",
      "Condition": {
        "ArnLike": {"aws:SourceArn": "arn:aws:ecs:${region}:${accountId}:*"},
        "StringEquals": {"aws:SourceAccount": "${accountId}"}
      }
    }
  ]
}
