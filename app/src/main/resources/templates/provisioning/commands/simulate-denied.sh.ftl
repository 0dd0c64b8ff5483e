<#-- Any other model must come back "explicitDeny": the deny baseline, not just a missing allow. -->
aws iam simulate-principal-policy \
  --policy-source-arn ${roleArn} \
  --action-names bedrock:InvokeModel \
  --resource-arns arn:aws:bedrock:${region}::foundation-model/example.any-other-model-v1:0 \
  --query 'EvaluationResults[].[EvalActionName,EvalDecision]' --output text
