/**
 * The audit trail: who (a person or Agent Bill) did what to which subject, when and why, including
 * every refused action. Append-only.
 */
package dev.onramp.app.audit;
