package dev.onramp.app.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.app.catalog.CatalogSeedFile.SeedGeographicProfile;
import dev.onramp.app.catalog.CatalogSeedFile.SeedModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken catalog file stops the start with a reason, instead of serving wrong facts. */
class CatalogSeedFileTest {

  static final GovernanceUpdate APPROVED =
      new GovernanceUpdate(GovernanceStatus.APPROVED, null, null);

  @Test
  void shouldAcceptTheBundledFile() {
    assertThatCode(CatalogSeeder::read).doesNotThrowAnyException();
  }

  @Test
  void shouldRefuseTwoGeographicProfilesFromOneRegion() {
    SeedModel model =
        bedrock(
            List.of(
                new SeedGeographicProfile("apac", List.of("ap-northeast-1"), List.of("ap-south-1")),
                new SeedGeographicProfile(
                    "jp", List.of("ap-northeast-1"), List.of("ap-northeast-3"))),
            APPROVED);

    assertThatThrownBy(() -> CatalogSeeder.check(file(model)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("m.x-v1:0")
        .hasMessageContaining("ap-northeast-1");
  }

  @Test
  void shouldRefuseAMalformedRegion() {
    SeedModel model =
        bedrock(
            List.of(new SeedGeographicProfile("us", List.of("Virginia"), List.of("us-east-1"))),
            APPROVED);

    assertThatThrownBy(() -> CatalogSeeder.check(file(model))).hasMessageContaining("region codes");
  }

  @Test
  void shouldRefuseAnEmptyRestriction() {
    SeedModel model =
        bedrock(
            List.of(new SeedGeographicProfile("us", List.of("us-east-1"), List.of("us-east-1"))),
            new GovernanceUpdate(GovernanceStatus.RESTRICTED, null, null));

    assertThatThrownBy(() -> CatalogSeeder.check(file(model)))
        .hasMessageContaining("allowedAccounts");
  }

  @Test
  void shouldRefuseAClaudePlatformModelWithAwsRegions() {
    SeedModel model =
        new SeedModel(
            "claude-x",
            "Anthropic",
            "Claude X",
            List.of("CLAUDE_PLATFORM"),
            List.of("us-east-1"),
            null,
            null,
            APPROVED);

    assertThatThrownBy(() -> CatalogSeeder.check(file(model)))
        .hasMessageContaining("Anthropic's API");
  }

  private static SeedModel bedrock(List<SeedGeographicProfile> geographic, GovernanceUpdate g) {
    return new SeedModel(
        "m.x-v1:0", "Acme", "X", List.of("BEDROCK"), List.of(), geographic, List.of(), g);
  }

  private static CatalogSeedFile file(SeedModel model) {
    return new CatalogSeedFile(LocalDate.of(2026, 1, 1), "test", null, List.of(model));
  }
}
