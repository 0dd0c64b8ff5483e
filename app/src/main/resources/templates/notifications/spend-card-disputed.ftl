Spend card disputed: ${workloadName}, week of ${weekStart}
${disputedBy} disputed the Cloud Spend Card of ${workloadName} for the week of ${weekStart} (${actual} USD): "${reason}". As the portfolio owner, please review the dispute.
