/**
 * The embedded Camunda-8-compatible engine, run beside the app on its own loopback ports; off when
 * the app is configured for a Camunda 8 cluster.
 */
package dev.onramp.app.engine;
