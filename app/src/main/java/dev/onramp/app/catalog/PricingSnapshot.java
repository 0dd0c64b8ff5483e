package dev.onramp.app.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.onramp.app.provisioning.AwsNames;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The pricing bundled with the app, {@code catalog/pricing-snapshot.json}: what the product uses
 * when it has no live pricing (no AWS credentials), always quoted with its date and source. A
 * broken file stops the start with the reason.
 */
@Component
public class PricingSnapshot implements PricingSource {

  static final String RESOURCE = "catalog/pricing-snapshot.json";

  private final PriceSheet sheet;

  @Autowired
  PricingSnapshot() {
    this(read());
  }

  PricingSnapshot(PriceSheet sheet) {
    check(sheet);
    this.sheet = sheet;
  }

  /** The whole snapshot, as {@code GET /api/pricing/snapshot} shows it. */
  public PriceSheet sheet() {
    return sheet;
  }

  /** A price for the region itself wins over the model's price for every region. */
  @Override
  public Optional<ModelPrice> price(String modelId, String region, InferenceProfileType type) {
    Optional<ModelPrice> regional =
        find(p -> p.region() != null && p.region().equals(region), modelId, type);
    return regional.isPresent() ? regional : find(p -> p.region() == null, modelId, type);
  }

  @Override
  public boolean prices(String modelId) {
    return sheet.prices().stream().anyMatch(p -> p.modelId().equals(modelId));
  }

  @Override
  public LocalDate date() {
    return sheet.date();
  }

  @Override
  public String description() {
    return sheet.source();
  }

  private Optional<ModelPrice> find(
      Predicate<ModelPrice> inRegion, String modelId, InferenceProfileType type) {
    return sheet.prices().stream()
        .filter(p -> p.modelId().equals(modelId) && p.inferenceProfileType() == type)
        .filter(inRegion)
        .findFirst();
  }

  private static PriceSheet read() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return JsonMapper.builder()
          .findAndAddModules()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build()
          .readValue(in, PriceSheet.class);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static void check(PriceSheet sheet) {
    require(sheet.date() != null, "a date");
    require(sheet.source() != null && !sheet.source().isBlank(), "a source");
    require("USD".equals(sheet.currency()), "currency USD");
    require(sheet.prices() != null && !sheet.prices().isEmpty(), "prices");
    Set<List<Object>> seen = new HashSet<>();
    for (ModelPrice price : sheet.prices()) {
      String what = "price " + price;
      require(
          price.modelId() != null && price.inferenceProfileType() != null, what + ": model, type");
      require(
          price.region() == null || price.region().matches(AwsNames.REGION),
          what + ": a region code or none");
      require(
          nonNegative(price.inputPer1M()) && nonNegative(price.outputPer1M()),
          what + ": prices ≥ 0");
      require(
          seen.add(Arrays.asList(price.modelId(), price.inferenceProfileType(), price.region())),
          what + ": only once per model, type and region");
    }
  }

  private static boolean nonNegative(BigDecimal value) {
    return value != null && value.signum() >= 0;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("The pricing snapshot needs " + what);
    }
  }
}
