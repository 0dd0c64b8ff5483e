/**
 * The one place that talks to the process engine about onboarding: starts an instance for a
 * Business Request, completes its user tasks for the people acting through the API, and publishes
 * its messages. Always through the official Camunda client, so the same code runs on the embedded
 * engine and on a Camunda 8 cluster.
 */
package dev.onramp.app.process;
