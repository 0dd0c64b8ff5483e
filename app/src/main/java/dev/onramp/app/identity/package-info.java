/**
 * Who is calling and what they may do: the three persona roles, the user directory, the current
 * user, and the security set-up (demo accounts over HTTP Basic and sessions, or OIDC bearer
 * tokens).
 */
package dev.onramp.app.identity;
