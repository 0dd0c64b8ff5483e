package dev.onramp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.app.web.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FA Confirmed Estimate arithmetic and where its prices come from. */
class PricingServiceTest {

  static final String SONNET = "anthropic.claude-sonnet-4-5-20250929-v1:0";

  final PricingSnapshot bundled = new PricingSnapshot();
  final PricingService pricing = new PricingService(bundled);

  @Test
  void shouldEstimateAsDesignDefinesIt() {
    // 100,000 requests × (1,500 × $3.30 + 500 × $16.50) / 1,000,000 = $1,320.00
    FaEstimate estimate =
        pricing.estimate(SONNET, "us-east-1", InferenceProfileType.GEOGRAPHIC, 100_000, 1_500, 500);

    assertThat(estimate.monthlyUsd()).isEqualByComparingTo("1320.00");
    assertThat(estimate.monthlyUsd().scale()).isEqualTo(2);
    assertThat(estimate.inputPricePer1M()).isEqualByComparingTo("3.30");
    assertThat(estimate.outputPricePer1M()).isEqualByComparingTo("16.50");
  }

  @Test
  void shouldPriceTheGlobalProfileBelowTheGeographicOne() {
    FaEstimate global =
        pricing.estimate(SONNET, "us-east-1", InferenceProfileType.GLOBAL, 100_000, 1_500, 500);

    assertThat(global.monthlyUsd()).isEqualByComparingTo("1200.00");
  }

  @Test
  void shouldRoundHalfUpToCents() {
    // 100 × 200 × $0.25 / 1,000,000 = $0.005 exactly: half up gives a cent (half even would not).
    assertThat(
            pricing
                .estimate(
                    "anthropic.claude-3-haiku-20240307-v1:0",
                    "us-east-1",
                    InferenceProfileType.IN_REGION,
                    100,
                    200,
                    0)
                .monthlyUsd())
        .isEqualTo(new BigDecimal("0.01"));
    // 1,000 × 140 × $0.035 / 1,000,000 = $0.0049 rounds down.
    assertThat(
            pricing
                .estimate(
                    "amazon.nova-micro-v1:0",
                    "us-east-1",
                    InferenceProfileType.IN_REGION,
                    1_000,
                    140,
                    0)
                .monthlyUsd())
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void shouldEstimateNothingForNoUsage() {
    assertThat(
            pricing
                .estimate(SONNET, "us-east-1", InferenceProfileType.GLOBAL, 0, 1_500, 500)
                .monthlyUsd())
        .isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void shouldKeepLargeVolumesExact() {
    // 2 billion requests × (1M × $5.50 + 1M × $27.50) / 1M = $66 billion, exactly.
    FaEstimate estimate =
        pricing.estimate(
            "anthropic.claude-opus-4-5-20251101-v1:0",
            "us-east-1",
            InferenceProfileType.GEOGRAPHIC,
            2_000_000_000L,
            1_000_000,
            1_000_000);

    assertThat(estimate.monthlyUsd()).isEqualTo(new BigDecimal("66000000000.00"));
  }

  @Test
  void shouldCarryTheSnapshotDateAndSource() {
    FaEstimate estimate =
        pricing.estimate(SONNET, "eu-west-1", InferenceProfileType.GEOGRAPHIC, 10, 10, 10);

    assertThat(estimate.snapshotDate()).isEqualTo(bundled.sheet().date()).isNotNull();
    assertThat(estimate.source()).isEqualTo(bundled.sheet().source()).contains("snapshot");
  }

  @Test
  void shouldPriceClaudePlatformAtAnthropicListPrices() {
    FaEstimate estimate =
        pricing.estimate(
            "claude-haiku-4-5", "eu-west-2", InferenceProfileType.IN_REGION, 1_000_000, 1_000, 100);

    // 1,000,000 × (1,000 × $1 + 100 × $5) / 1,000,000 = $1,500.00
    assertThat(estimate.monthlyUsd()).isEqualByComparingTo("1500.00");
  }

  @Test
  void shouldRefuseAnUnpricedModelNamingModelId() {
    assertThatThrownBy(
            () ->
                pricing.estimate(
                    "acme.unknown-v1:0", "us-east-1", InferenceProfileType.IN_REGION, 1, 1, 1))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("modelId"));
  }

  @Test
  void shouldRefuseAnUnpricedProfileTypeNamingIt() {
    assertThatThrownBy(
            () -> pricing.estimate(SONNET, "us-east-1", InferenceProfileType.IN_REGION, 1, 1, 1))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("inferenceProfileType"));
  }

  @Test
  void shouldRefuseNegativeUsageNamingTheField() {
    assertThatThrownBy(
            () -> pricing.estimate(SONNET, "us-east-1", InferenceProfileType.GLOBAL, 1, -1, 1))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("inputTokensPerRequest"));
  }

  @Test
  void shouldPreferARegionsOwnPrice() {
    PricingSnapshot snapshot =
        new PricingSnapshot(sheet(price(null, "1.00", "2.00"), price("eu-west-3", "1.50", "3.00")));
    PricingService regional = new PricingService(snapshot);

    assertThat(
            regional
                .estimate("m.x-v1:0", "eu-west-3", InferenceProfileType.IN_REGION, 1_000, 1_000, 0)
                .monthlyUsd())
        .isEqualByComparingTo("1.50");
    assertThat(
            regional
                .estimate("m.x-v1:0", "us-east-1", InferenceProfileType.IN_REGION, 1_000, 1_000, 0)
                .monthlyUsd())
        .isEqualByComparingTo("1.00");
  }

  @Test
  void shouldRefuseASnapshotThatPricesTheSameThingTwice() {
    assertThatThrownBy(
            () ->
                new PricingSnapshot(
                    sheet(price(null, "1.00", "2.00"), price(null, "1.10", "2.00"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only once");
  }

  @Test
  void shouldRefuseANegativePrice() {
    assertThatThrownBy(() -> new PricingSnapshot(sheet(price(null, "-1.00", "2.00"))))
        .isInstanceOf(IllegalStateException.class);
  }

  private static PriceSheet sheet(ModelPrice... prices) {
    return new PriceSheet(
        LocalDate.of(2026, 1, 2), "test prices", "USD", "per 1M tokens", List.of(prices));
  }

  private static ModelPrice price(String region, String in, String out) {
    return new ModelPrice(
        "m.x-v1:0",
        InferenceProfileType.IN_REGION,
        region,
        new BigDecimal(in),
        new BigDecimal(out));
  }
}
