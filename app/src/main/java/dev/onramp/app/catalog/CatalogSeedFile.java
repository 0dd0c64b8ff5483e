package dev.onramp.app.catalog;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code catalog/models.json}. */
record CatalogSeedFile(LocalDate asOf, String source, String note, List<SeedModel> models) {

  record SeedModel(
      String modelId,
      String provider,
      String displayName,
      List<String> platforms,
      List<String> inRegion,
      List<SeedGeographicProfile> geographic,
      List<String> globalSourceRegions,
      GovernanceUpdate governance) {}

  record SeedGeographicProfile(
      String prefix, List<String> sourceRegions, List<String> destinationRegions) {}
}
