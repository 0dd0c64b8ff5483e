SLA missed: ${workloadName}
The Cloud Engineer tasks for the workload "${workloadName}" (request ${requestId}) passed their SLA<#if slaDueAt?has_content> (due ${formatTime(slaDueAt)})</#if> and are still open. ${actorName} escalated them to you.
