<#-- The approved model (or its profile) must come back "allowed" for both actions. -->
<#switch target.kind>
  <#case "IN_REGION"><#assign allowed = target.sourceModelArn><#break>
  <#case "MARKETPLACE_ENDPOINT"><#assign allowed = target.invokeId><#break>
  <#default><#assign allowed = target.profileArn>
</#switch>
aws iam simulate-principal-policy \
  --policy-source-arn ${roleArn} \
  --action-names bedrock:InvokeModel bedrock:InvokeModelWithResponseStream \
  --resource-arns ${allowed} \
  --query 'EvaluationResults[].[EvalActionName,EvalDecision]' --output text
