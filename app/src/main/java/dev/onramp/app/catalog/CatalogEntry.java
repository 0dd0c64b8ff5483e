package dev.onramp.app.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One model of the catalog as the rest of the app and the API see it: the facts (who makes it,
 * where it runs, which inference profiles it offers) and the FinOps governance on it.
 *
 * @param platforms names of {@code provisioning.Platform} constants ({@code BEDROCK}, {@code
 *     MARKETPLACE}, {@code CLAUDE_PLATFORM}, {@code AGENTCORE})
 * @param allowedAccounts for {@link GovernanceStatus#RESTRICTED}: the only accounts it may be used
 *     in (empty: any account)
 * @param allowedRegions for {@link GovernanceStatus#RESTRICTED}: the only regions it may be used in
 *     (empty: any region)
 * @param inRegionRegions where the bare model id can be invoked ({@code IN_REGION})
 * @param globalProfile {@code null} when the model has no {@code global.} profile
 */
public record CatalogEntry(
    String modelId,
    String provider,
    String displayName,
    List<String> platforms,
    GovernanceStatus status,
    List<String> allowedAccounts,
    List<String> allowedRegions,
    List<String> inRegionRegions,
    List<GeographicProfile> geographicProfiles,
    GlobalProfile globalProfile,
    Instant governanceUpdatedAt,
    String governanceUpdatedBy) {

  /**
   * Claude Platform models are served by Anthropic's API, not from an AWS region: the region of an
   * approval only says where the workload's role and secret live, and there is no inference
   * profile.
   */
  public boolean servedOutsideAws() {
    return platforms.contains(CatalogPlatforms.CLAUDE_PLATFORM);
  }

  /**
   * Every region a workload can use this model from, in any way, sorted; empty for a model served
   * outside AWS, which any region can use.
   */
  public List<String> servedRegions() {
    Set<String> regions = new TreeSet<>(inRegionRegions);
    geographicProfiles.forEach(p -> regions.addAll(p.sourceRegions()));
    if (globalProfile != null) {
      regions.addAll(globalProfile.sourceRegions());
    }
    return List.copyOf(regions);
  }

  /** The profile types a workload in {@code region} can use for this model, in enum order. */
  public List<InferenceProfileType> profileTypesIn(String region) {
    List<InferenceProfileType> types = new ArrayList<>();
    for (InferenceProfileType type : InferenceProfileType.values()) {
      if (profileIn(region, type).isPresent()) {
        types.add(type);
      }
    }
    return types;
  }

  /** How a workload in {@code region} invokes this model with {@code type}, if it can. */
  public Optional<InferenceProfile> profileIn(String region, InferenceProfileType type) {
    if (servedOutsideAws()) {
      return type == InferenceProfileType.IN_REGION
          ? Optional.of(new InferenceProfile(modelId, type, null, List.of(region)))
          : Optional.empty();
    }
    return switch (type) {
      case IN_REGION ->
          inRegionRegions.contains(region)
              ? Optional.of(new InferenceProfile(modelId, type, null, List.of(region)))
              : Optional.empty();
      case GEOGRAPHIC ->
          geographicProfiles.stream()
              .filter(p -> p.sourceRegions().contains(region))
              .findFirst()
              .map(p -> new InferenceProfile(modelId, type, p.profileId(), p.destinationRegions()));
      case GLOBAL ->
          Optional.ofNullable(globalProfile)
              .filter(p -> p.sourceRegions().contains(region))
              .map(p -> new InferenceProfile(modelId, type, p.profileId(), List.of(region)));
    };
  }
}
