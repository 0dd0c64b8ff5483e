Ready to claim: ${workloadName}
The IAM role for the workload "${workloadName}" (request ${requestId}) is in place. Claim it in Spaces to get the Developer Handoff; claiming makes the workload Live.
