package dev.onramp.app.org;

/** What an org import did: nodes new, changed and already as the file says. */
public record OrgImportResult(int nodes, int created, int updated, int unchanged) {}
