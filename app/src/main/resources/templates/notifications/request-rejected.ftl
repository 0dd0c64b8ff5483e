Request rejected: ${workloadName}
${actorName} rejected request ${requestId} for the workload "${workloadName}".
<#if rationale?has_content>

Rationale: ${rationale}
</#if>
