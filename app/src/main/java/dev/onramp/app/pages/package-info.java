/**
 * The server-rendered pages of the areas (Spaces, AI Governance, AI Tasks, Attribution, the org
 * tree), their shared layout and the sign-in page. Pages read through the features' services;
 * actions call the REST API from the page's script, so the browser and a script are checked by the
 * same rules, except file uploads, which are plain form posts to the same services so their
 * problems render next to the file field.
 */
package dev.onramp.app.pages;
