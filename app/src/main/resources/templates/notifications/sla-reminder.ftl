Reminder: tasks for ${workloadName} are due soon
The Cloud Engineer tasks for the workload "${workloadName}" (request ${requestId}) have used 80 % of their SLA<#if slaDueAt?has_content> and are due ${formatTime(slaDueAt)}</#if>.
