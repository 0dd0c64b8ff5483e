/**
 * Stage 4, the Product Owner's claim: the Developer Handoff generated when the tasks are
 * implemented, the claim by the requester or another owner of the product, and the start of
 * attribution that makes the workload Live.
 */
package dev.onramp.app.claim;
