/**
 * Everything a Cloud Engineer runs and a Product Owner receives, generated from an approval: IAM
 * role names, trust and permission policies, CLI commands, console links and the Developer Handoff.
 * Pure generation from the Freemarker templates under {@code templates/platforms/<platform>/}; no
 * database, no AWS calls.
 */
package dev.onramp.app.provisioning;
