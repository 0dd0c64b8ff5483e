package dev.onramp.app.catalog;

import dev.onramp.app.web.InvalidFieldException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;

/** Computes the FA Confirmed Estimate from the configured {@link PricingSource}. */
@Service
public class PricingService {

  private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

  private final PricingSource source;

  PricingService(PricingSource source) {
    this.source = source;
  }

  /**
   * {@code requestsPerMonth × (inputTokensPerRequest × input price + outputTokensPerRequest ×
   * output price) / 1,000,000} ({@code DESIGN.md} §2 "Estimates"), USD with 2 decimals, half up.
   * Refuses a combination the source has no price for, naming {@code modelId} when the model has
   * none at all and {@code inferenceProfileType} when it lacks this type in this region.
   */
  public FaEstimate estimate(
      String modelId,
      String region,
      InferenceProfileType inferenceProfileType,
      long requestsPerMonth,
      long inputTokensPerRequest,
      long outputTokensPerRequest) {
    requireNotNegative("requestsPerMonth", requestsPerMonth);
    requireNotNegative("inputTokensPerRequest", inputTokensPerRequest);
    requireNotNegative("outputTokensPerRequest", outputTokensPerRequest);
    if (inferenceProfileType == null) {
      throw new InvalidFieldException("inferenceProfileType", "is required");
    }
    ModelPrice price =
        source
            .price(modelId, region, inferenceProfileType)
            .orElseThrow(() -> unpriced(modelId, region, inferenceProfileType));
    BigDecimal perRequest =
        price
            .inputPer1M()
            .multiply(BigDecimal.valueOf(inputTokensPerRequest))
            .add(price.outputPer1M().multiply(BigDecimal.valueOf(outputTokensPerRequest)));
    BigDecimal monthly =
        perRequest
            .multiply(BigDecimal.valueOf(requestsPerMonth))
            .divide(ONE_MILLION)
            .setScale(2, RoundingMode.HALF_UP);
    return new FaEstimate(
        monthly, price.inputPer1M(), price.outputPer1M(), source.date(), source.description());
  }

  private InvalidFieldException unpriced(String modelId, String region, InferenceProfileType type) {
    String pricing = " in the prices dated " + source.date();
    if (modelId == null || !source.prices(modelId)) {
      return new InvalidFieldException("modelId", "has no price" + pricing);
    }
    return new InvalidFieldException(
        "inferenceProfileType",
        "has no price for " + modelId + " with " + type + " in " + region + pricing);
  }

  private static void requireNotNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidFieldException(field, "must be greater than or equal to 0");
    }
  }
}
