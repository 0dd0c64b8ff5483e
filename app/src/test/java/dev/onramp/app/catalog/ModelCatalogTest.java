package dev.onramp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The catalog rules against the seeded catalog in a real (in-memory H2) database. */
@DataJpaTest
@Import({ModelCatalog.class, CatalogSeeder.class})
@RecordApplicationEvents
class ModelCatalogTest {

  static final String SONNET = "anthropic.claude-sonnet-4-5-20250929-v1:0";
  static final String OPUS = "anthropic.claude-opus-4-5-20251101-v1:0";
  static final String CLAUDE_3_HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";
  static final String JAMBA = "ai21.jamba-1-5-large-v1:0";
  static final String ALLOWED_ACCOUNT = "111122223333";
  static final String OTHER_ACCOUNT = "444455556666";

  @Autowired ModelCatalog catalog;
  @Autowired CatalogSeeder seeder;
  @Autowired ApplicationEvents events;

  @Test
  void shouldSeedTheBundledModelsAtStart() {
    assertThat(catalog.list(null))
        .extracting(CatalogEntry::modelId)
        .contains(
            SONNET,
            "anthropic.claude-haiku-4-5-20251001-v1:0",
            OPUS,
            CLAUDE_3_HAIKU,
            "amazon.nova-pro-v1:0",
            "amazon.nova-lite-v1:0",
            "amazon.nova-micro-v1:0",
            "claude-sonnet-4-5");
  }

  @Test
  void shouldListOnlyTheModelsOfAPlatform() {
    assertThat(catalog.list("CLAUDE_PLATFORM"))
        .extracting(CatalogEntry::modelId)
        .containsExactlyInAnyOrder("claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-5");
    assertThat(catalog.list("MARKETPLACE"))
        .allSatisfy(m -> assertThat(m.platforms()).containsExactly("MARKETPLACE"))
        .isNotEmpty();
  }

  @Test
  void shouldRefuseAnUnknownPlatformNamingIt() {
    assertField(() -> catalog.list("SAGEMAKER"), "platform");
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownModel() {
    assertThatThrownBy(() -> catalog.require("acme.unknown-v1:0"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("acme.unknown-v1:0");
  }

  @Test
  void shouldDescribeTheInferenceProfilesOfAModel() {
    CatalogEntry sonnet = catalog.require(SONNET);

    assertThat(sonnet.provider()).isEqualTo("Anthropic");
    assertThat(sonnet.platforms()).containsExactly("AGENTCORE", "BEDROCK");
    assertThat(sonnet.inRegionRegions()).isEmpty();
    assertThat(sonnet.geographicProfiles())
        .extracting(GeographicProfile::profileId)
        .contains("us." + SONNET, "eu." + SONNET);
    assertThat(sonnet.globalProfile().profileId()).isEqualTo("global." + SONNET);
  }

  @Test
  void shouldAcceptAnApprovedModelWhereItIsServed() {
    catalog.checkUsable(
        SONNET, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.GEOGRAPHIC);
    catalog.checkUsable(
        SONNET, "AGENTCORE", OTHER_ACCOUNT, "eu-west-1", InferenceProfileType.GLOBAL);
    catalog.checkUsable(
        CLAUDE_3_HAIKU, "BEDROCK", OTHER_ACCOUNT, "eu-central-1", InferenceProfileType.IN_REGION);
  }

  @Test
  void shouldRefuseABlockedModel() {
    assertField(
            () ->
                catalog.checkUsable(
                    JAMBA,
                    "MARKETPLACE",
                    OTHER_ACCOUNT,
                    "us-east-1",
                    InferenceProfileType.IN_REGION),
            "modelId")
        .hasMessageContaining("blocked");
  }

  @Test
  void shouldRefuseAModelOnAPlatformThatDoesNotOfferIt() {
    assertField(
            () ->
                catalog.checkUsable(
                    SONNET,
                    "CLAUDE_PLATFORM",
                    OTHER_ACCOUNT,
                    "us-east-1",
                    InferenceProfileType.IN_REGION),
            "modelId")
        .hasMessageContaining("CLAUDE_PLATFORM");
  }

  @Test
  void shouldRefuseAnUnknownModelAsAFieldError() {
    assertField(
        () ->
            catalog.checkUsable(
                "acme.unknown-v1:0",
                "BEDROCK",
                OTHER_ACCOUNT,
                "us-east-1",
                InferenceProfileType.IN_REGION),
        "modelId");
  }

  @Test
  void shouldRefuseARestrictedModelOutsideItsAccounts() {
    assertField(
            () ->
                catalog.checkUsable(
                    OPUS, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.GEOGRAPHIC),
            "accountId")
        .hasMessageContaining(ALLOWED_ACCOUNT);
  }

  @Test
  void shouldRefuseARestrictedModelOutsideItsRegions() {
    assertField(
            () ->
                catalog.checkUsable(
                    OPUS, "BEDROCK", ALLOWED_ACCOUNT, "eu-west-1", InferenceProfileType.GEOGRAPHIC),
            "region")
        .hasMessageContaining("us-east-1, us-west-2");
  }

  @Test
  void shouldAcceptARestrictedModelInsideItsRestriction() {
    catalog.checkUsable(OPUS, "BEDROCK", ALLOWED_ACCOUNT, "us-west-2", InferenceProfileType.GLOBAL);
  }

  @Test
  void shouldRefuseAProfileTypeTheModelLacksInThatRegion() {
    // Claude 4.5 models are invoked through inference profiles only.
    assertField(
            () ->
                catalog.checkUsable(
                    SONNET, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.IN_REGION),
            "inferenceProfileType")
        .hasMessageContaining("GEOGRAPHIC, GLOBAL");
    // São Paulo is a source of the global profile, not of a geographic one.
    assertField(
            () ->
                catalog.checkUsable(
                    SONNET, "BEDROCK", OTHER_ACCOUNT, "sa-east-1", InferenceProfileType.GEOGRAPHIC),
            "inferenceProfileType")
        .hasMessageContaining("available there: GLOBAL");
    assertField(
        () ->
            catalog.checkUsable(
                CLAUDE_3_HAIKU, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.GLOBAL),
        "inferenceProfileType");
  }

  @Test
  void shouldRefuseARegionWhereTheModelIsNotServed() {
    assertField(
        () ->
            catalog.checkUsable(
                SONNET, "BEDROCK", OTHER_ACCOUNT, "af-south-1", InferenceProfileType.GLOBAL),
        "region");
  }

  @Test
  void shouldRefuseMalformedAccountAndRegion() {
    assertField(
        () ->
            catalog.checkUsable(
                SONNET, "BEDROCK", "12345", "us-east-1", InferenceProfileType.GLOBAL),
        "accountId");
    assertField(
        () ->
            catalog.checkUsable(
                SONNET, "BEDROCK", OTHER_ACCOUNT, "US East", InferenceProfileType.GLOBAL),
        "region");
  }

  @Test
  void shouldUseClaudePlatformModelsDirectlyFromAnyRegion() {
    catalog.checkUsable(
        "claude-sonnet-4-5",
        "CLAUDE_PLATFORM",
        OTHER_ACCOUNT,
        "eu-west-2",
        InferenceProfileType.IN_REGION);
    assertField(
        () ->
            catalog.checkUsable(
                "claude-sonnet-4-5",
                "CLAUDE_PLATFORM",
                OTHER_ACCOUNT,
                "eu-west-2",
                InferenceProfileType.GLOBAL),
        "inferenceProfileType");
    assertThat(
            catalog.inferenceProfile(
                "claude-sonnet-4-5", "eu-west-2", InferenceProfileType.IN_REGION))
        .satisfies(
            p -> {
              assertThat(p.profileId()).isNull();
              assertThat(p.invocationId()).isEqualTo("claude-sonnet-4-5");
            });
  }

  @Test
  void shouldNameTheGeographicProfileAndItsDestinations() {
    InferenceProfile profile =
        catalog.inferenceProfile(SONNET, "us-east-1", InferenceProfileType.GEOGRAPHIC);

    assertThat(profile.profileId()).isEqualTo("us." + SONNET);
    assertThat(profile.invocationId()).isEqualTo("us." + SONNET);
    assertThat(profile.profileRegions()).containsExactly("us-east-1", "us-east-2", "us-west-2");
    assertThat(catalog.inferenceProfile(SONNET, "eu-west-1", InferenceProfileType.GEOGRAPHIC))
        .satisfies(
            p -> {
              assertThat(p.profileId()).isEqualTo("eu." + SONNET);
              assertThat(p.profileRegions()).contains("eu-west-1", "eu-central-1");
            });
  }

  @Test
  void shouldNameTheGlobalProfileWithItsSourceRegion() {
    InferenceProfile profile =
        catalog.inferenceProfile(SONNET, "eu-west-2", InferenceProfileType.GLOBAL);

    assertThat(profile.profileId()).isEqualTo("global." + SONNET);
    assertThat(profile.profileRegions()).containsExactly("eu-west-2");
  }

  @Test
  void shouldInvokeTheBareModelInRegion() {
    InferenceProfile profile =
        catalog.inferenceProfile(CLAUDE_3_HAIKU, "eu-central-1", InferenceProfileType.IN_REGION);

    assertThat(profile.profileId()).isNull();
    assertThat(profile.invocationId()).isEqualTo(CLAUDE_3_HAIKU);
    assertThat(profile.profileRegions()).containsExactly("eu-central-1");
  }

  @Test
  void shouldRefuseAnInferenceProfileThatDoesNotExist() {
    assertField(
        () -> catalog.inferenceProfile(SONNET, "us-east-1", InferenceProfileType.IN_REGION),
        "inferenceProfileType");
    assertThatThrownBy(
            () -> catalog.inferenceProfile("nope", "us-east-1", InferenceProfileType.IN_REGION))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldApplyAFinOpsRestrictionAndAnnounceIt() {
    CatalogEntry updated =
        catalog.updateGovernance(
            SONNET,
            new GovernanceUpdate(GovernanceStatus.RESTRICTED, List.of(ALLOWED_ACCOUNT), List.of()),
            "fiona");

    assertThat(updated.status()).isEqualTo(GovernanceStatus.RESTRICTED);
    assertThat(updated.allowedAccounts()).containsExactly(ALLOWED_ACCOUNT);
    assertThat(updated.governanceUpdatedBy()).isEqualTo("fiona");
    assertThat(updated.governanceUpdatedAt()).isNotNull();
    assertField(
        () ->
            catalog.checkUsable(
                SONNET, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.GEOGRAPHIC),
        "accountId");
    catalog.checkUsable(
        SONNET, "BEDROCK", ALLOWED_ACCOUNT, "eu-west-1", InferenceProfileType.GEOGRAPHIC);
    assertThat(events.stream(ModelGovernanceChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.modelId()).isEqualTo(SONNET);
              assertThat(e.previousStatus()).isEqualTo(GovernanceStatus.APPROVED);
              assertThat(e.status()).isEqualTo(GovernanceStatus.RESTRICTED);
              assertThat(e.changedBy()).isEqualTo("fiona");
            });
  }

  @Test
  void shouldBlockAModelOnFinOpsDecision() {
    catalog.updateGovernance(
        SONNET, new GovernanceUpdate(GovernanceStatus.BLOCKED, null, null), "fiona");

    assertField(
        () ->
            catalog.checkUsable(
                SONNET, "BEDROCK", OTHER_ACCOUNT, "us-east-1", InferenceProfileType.GEOGRAPHIC),
        "modelId");
  }

  @Test
  void shouldRefuseContradictoryGovernanceNamingTheField() {
    assertField(
            () ->
                catalog.updateGovernance(
                    SONNET,
                    new GovernanceUpdate(GovernanceStatus.RESTRICTED, List.of(), List.of()),
                    "fiona"),
            "allowedAccounts")
        .hasMessageContaining("at least one");
    assertField(
        () ->
            catalog.updateGovernance(
                SONNET,
                new GovernanceUpdate(GovernanceStatus.APPROVED, List.of(ALLOWED_ACCOUNT), null),
                "fiona"),
        "allowedAccounts");
    assertField(
        () ->
            catalog.updateGovernance(
                SONNET,
                new GovernanceUpdate(GovernanceStatus.BLOCKED, null, List.of("us-east-1")),
                "fiona"),
        "allowedRegions");
    assertThat(catalog.require(SONNET).status()).isEqualTo(GovernanceStatus.APPROVED);
    assertThat(events.stream(ModelGovernanceChanged.class)).isEmpty();
  }

  @Test
  void shouldAnswerNotFoundWhenGoverningAnUnknownModel() {
    assertThatThrownBy(
            () ->
                catalog.updateGovernance(
                    "acme.unknown-v1:0",
                    new GovernanceUpdate(GovernanceStatus.BLOCKED, null, null),
                    "fiona"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void shouldKeepFinOpsGovernanceWhenTheBundledFileIsAppliedAgain() {
    catalog.updateGovernance(
        CLAUDE_3_HAIKU,
        new GovernanceUpdate(GovernanceStatus.RESTRICTED, null, List.of("eu-central-1")),
        "fiona");

    assertThat(seeder.synchronize(CatalogSeeder.read())).isZero();

    CatalogEntry haiku = catalog.require(CLAUDE_3_HAIKU);
    assertThat(haiku.status()).isEqualTo(GovernanceStatus.RESTRICTED);
    assertThat(haiku.allowedRegions()).containsExactly("eu-central-1");
    assertThat(haiku.governanceUpdatedBy()).isEqualTo("fiona");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
