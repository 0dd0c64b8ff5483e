/**
 * The server-rendered pages of the three areas (Spaces, AI Governance, AI Tasks), their shared
 * layout and the sign-in page. Pages read through the features' services; actions call the REST API
 * from the page's script, so the browser and a script are checked by the same rules.
 */
package dev.onramp.app.pages;
