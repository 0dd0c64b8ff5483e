/**
 * Stage 2, the FinOps Lead's review: the queue with the business context on top, and the three
 * decisions — approve (platform, model, account, region, IAM role name, FA Confirmed Estimate,
 * business-case acknowledgement, priority), reject, or send back for changes.
 */
package dev.onramp.app.review;
