package dev.onramp.app.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where token prices come from. Today the bundled {@link PricingSnapshot}; a live source (the AWS
 * Price List API, used when AWS credentials are configured) implements the same interface and is
 * preferred by being the {@code @Primary} bean. Every estimate carries the source's {@link
 * #description()} and {@link #date()}, so a number from a snapshot is never shown as live.
 */
public interface PricingSource {

  /** The price of {@code modelId} through {@code type} for a workload in {@code region}. */
  Optional<ModelPrice> price(String modelId, String region, InferenceProfileType type);

  /** Whether the source prices {@code modelId} at all (through any profile type or region). */
  boolean prices(String modelId);

  /** The day the prices were taken: the snapshot's date, or the day a live source fetched them. */
  LocalDate date();

  /** Where the prices come from, in words a FinOps Lead can check. */
  String description();
}
