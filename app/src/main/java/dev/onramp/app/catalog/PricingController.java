package dev.onramp.app.catalog;

import dev.onramp.app.provisioning.AwsNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Estimates from the pricing source, and the bundled snapshot behind them. */
@RestController
@RequestMapping("/api/pricing")
@Validated
class PricingController {

  private final PricingService pricing;
  private final PricingSnapshot snapshot;

  PricingController(PricingService pricing, PricingSnapshot snapshot) {
    this.pricing = pricing;
    this.snapshot = snapshot;
  }

  @GetMapping("/estimate")
  FaEstimate estimate(
      @RequestParam @NotBlank String modelId,
      @RequestParam @Pattern(regexp = AwsNames.REGION, message = "must be an AWS region code")
          String region,
      @RequestParam InferenceProfileType inferenceProfileType,
      @RequestParam @PositiveOrZero long requestsPerMonth,
      @RequestParam @PositiveOrZero long inputTokensPerRequest,
      @RequestParam @PositiveOrZero long outputTokensPerRequest) {
    return pricing.estimate(
        modelId,
        region,
        inferenceProfileType,
        requestsPerMonth,
        inputTokensPerRequest,
        outputTokensPerRequest);
  }

  @GetMapping("/snapshot")
  PriceSheet snapshot() {
    return snapshot.sheet();
  }
}
