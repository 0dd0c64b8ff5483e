package dev.onramp.app.catalog;

import java.math.BigDecimal;

/**
 * USD per 1M tokens for one model reached through one profile type, in one region or, when {@code
 * region} is {@code null}, in every region without a price of its own.
 */
public record ModelPrice(
    String modelId,
    InferenceProfileType inferenceProfileType,
    String region,
    BigDecimal inputPer1M,
    BigDecimal outputPer1M) {}
