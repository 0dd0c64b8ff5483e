Changes requested: ${workloadName}
${actorName} sent request ${requestId} for the workload "${workloadName}" back for changes. Edit it and submit it again in Spaces.
<#if rationale?has_content>

What to change: ${rationale}
</#if>
