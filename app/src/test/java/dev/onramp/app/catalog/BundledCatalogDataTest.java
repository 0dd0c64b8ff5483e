package dev.onramp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.app.catalog.CatalogSeedFile.SeedModel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The two bundled files agree: every way a catalog model can be reached has a price, and every
 * price belongs to a way some model can be reached, so an approval never meets "no price".
 */
class BundledCatalogDataTest {

  final CatalogSeedFile catalog = CatalogSeeder.read();
  final PricingSnapshot pricing = new PricingSnapshot();

  @Test
  void shouldPriceEveryProfileTypeOfEveryModelInEveryRegionItIsServed() {
    for (SeedModel seed : catalog.models()) {
      CatalogEntry entry = entry(seed);
      for (String region : servedRegions(entry)) {
        for (InferenceProfileType type : entry.profileTypesIn(region)) {
          assertThat(pricing.price(seed.modelId(), region, type))
              .as("price of %s %s in %s", seed.modelId(), type, region)
              .isPresent();
        }
      }
    }
  }

  @Test
  void shouldPriceOnlyModelsOfTheCatalog() {
    Set<String> ids = catalog.models().stream().map(SeedModel::modelId).collect(Collectors.toSet());

    assertThat(pricing.sheet().prices()).allSatisfy(p -> assertThat(ids).contains(p.modelId()));
  }

  @Test
  void shouldInvokeClaude45ModelsOnBedrockThroughProfilesOnly() {
    assertThat(catalog.models())
        .filteredOn(m -> m.modelId().matches("anthropic\\.claude-(sonnet|haiku|opus)-4-5-.*"))
        .hasSize(3)
        .allSatisfy(
            m -> {
              assertThat(m.inRegion()).isEmpty();
              assertThat(m.globalSourceRegions()).isNotEmpty();
            });
  }

  private static CatalogEntry entry(SeedModel seed) {
    return CatalogSeeder.newModel(seed).toEntry();
  }

  private static List<String> servedRegions(CatalogEntry entry) {
    return entry.servedOutsideAws() ? List.of("us-east-1", "eu-west-2") : entry.servedRegions();
  }
}
