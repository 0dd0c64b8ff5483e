package dev.onramp.app.attribution;

import java.util.List;

/** A spend file was imported (published inside the import's transaction). */
public record SpendImported(String importId, List<String> billingPeriods) {}
