package dev.onramp.app.catalog;

import java.time.LocalDate;
import java.util.List;

/** A dated list of token prices: the shape of {@code catalog/pricing-snapshot.json}. */
public record PriceSheet(
    LocalDate date, String source, String currency, String unit, List<ModelPrice> prices) {}
