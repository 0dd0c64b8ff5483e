Dispute reviewed: ${workloadName}, week of ${weekStart}
${reviewedBy} reviewed your dispute of the Cloud Spend Card of ${workloadName} for the week of ${weekStart}: ${outcome}. ${note}
