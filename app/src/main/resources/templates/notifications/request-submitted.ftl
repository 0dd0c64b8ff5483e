New request to review: ${workloadName}
${actorName} submitted request ${requestId} for the workload "${workloadName}". It is waiting in the AI Governance review queue<#if slaDueAt?has_content>, due ${formatTime(slaDueAt)}</#if>.
