Live: ${workloadName}
${actorName} claimed the workload "${workloadName}" (request ${requestId}). It is Live, and its AI spend is attributed to its budget from now on.
