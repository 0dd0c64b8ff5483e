/**
 * Stage 1, the Product Owner's Business Request: the Add Workload wizard's data (new workload, or
 * an AI capability added to an existing one), the workload and its AI components, and the status
 * lifecycle the process drives.
 */
package dev.onramp.app.request;
