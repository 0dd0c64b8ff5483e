<#-- Lambda execution role: aws:SourceAccount only (AWS's own sample); SourceArn is unverified. -->
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Service": "lambda.amazonaws.com"},
      "Action": "sts:AssumeRole",
      "Condition": {"StringEquals": {"aws:SourceAccount": "${accountId}"}}
    }
  ]
}
