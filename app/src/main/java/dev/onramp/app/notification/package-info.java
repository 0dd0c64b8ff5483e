/**
 * Tells people what needs them: one in-app notification per recipient (their inbox), rendered from
 * a template, and optionally the same text by email once the transaction that caused it commits.
 */
package dev.onramp.app.notification;
