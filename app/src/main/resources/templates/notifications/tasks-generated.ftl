<#assign platforms = {"BEDROCK": "Amazon Bedrock", "MARKETPLACE": "AWS Marketplace", "CLAUDE_PLATFORM": "Claude Platform", "AGENTCORE": "AgentCore"}>
New Cloud Engineer tasks: ${workloadName}
${actorName} generated the <#if platform?has_content>${platforms[platform?string]!platform} </#if>tasks for the workload "${workloadName}" (request ${requestId}). Every command is pre-written; pick them up in AI Tasks<#if slaDueAt?has_content>. Due ${formatTime(slaDueAt)}</#if>.
