<#-- One paragraph on who may assume the role, per trust policy (templates/trust/). -->
<#switch trustRuntime>
  <#case "LAMBDA">
The trust policy lets the Lambda service assume the role for functions of account ${accountId} only (aws:SourceAccount). Set the role as the function's execution role.
    <#break>
  <#case "ECS_TASK">
The trust policy lets ECS tasks of account ${accountId} in ${region} assume the role (aws:SourceAccount and aws:SourceArn). Set it as the task definition's taskRoleArn, not as the task execution role.
    <#break>
  <#case "EC2">
The trust policy lets EC2 assume the role; EC2 sends no source account, so who may attach the role is controlled by iam:PassRole. Launch or associate the instance with the instance profile ${instanceProfileName}.
    <#break>
  <#case "AGENTCORE_RUNTIME">
The trust policy lets Amazon Bedrock AgentCore assume the role for runtimes of account ${accountId} in ${region} only (aws:SourceAccount and aws:SourceArn). Use it as the agent runtime's execution role.
    <#break>
  <#case "CUSTOM_PRINCIPAL">
The trust policy lets exactly ${customPrincipalArn} assume the role (and pass session tags)<#if externalId??>, and only when it presents the agreed external id</#if>.
    <#if !externalId?? && principalInOtherAccount>
Warning: the principal is in another account and no external id was given. If that account belongs to a third party acting for several customers, ask the Product Owner for an external id before going on.
    </#if>
    <#break>
</#switch>
