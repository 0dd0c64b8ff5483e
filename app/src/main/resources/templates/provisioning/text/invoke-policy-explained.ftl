<#-- What the Bedrock permission policy does, per kind of target (policies/bedrock-invoke.json.ftl). -->
Put the inline policy onramp-bedrock-invoke on ${roleName}. The role starts with nothing allowed (IAM's implicit deny); the policy then allows the approved model only and explicitly denies every other model, so no policy attached later can open one.
<#switch target.kind>
  <#case "IN_REGION">
Allowed: ${modelId} in ${region}, called directly. Denied: any other model, inference profile or endpoint.
    <#break>
  <#case "GEOGRAPHIC">
Allowed: the inference profile ${target.invokeId}, and ${modelId} in ${target.modelArns?size} regions only when the call comes through that profile (bedrock:InferenceProfileArn). Denied: any other model or profile, and direct calls to the model that bypass the profile.
    <#break>
  <#case "GLOBAL">
Allowed: the global inference profile ${target.invokeId}; the model in ${region} and in the global pool (aws:RequestedRegion "unspecified") only through that profile. Denied: any other model or profile, and direct calls to the model that bypass the profile. An SCP that denies requests outside named regions blocks global routing; check with the organisation's administrators if the test call fails.
    <#break>
  <#case "MARKETPLACE_ENDPOINT">
Allowed: the Marketplace endpoint ${modelId} through Bedrock (and the SageMaker endpoint behind it only when Bedrock calls it). Denied: any other model or endpoint.
    <#break>
</#switch>
