package dev.onramp.app.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.onramp.app.catalog.CatalogSeedFile.SeedGeographicProfile;
import dev.onramp.app.catalog.CatalogSeedFile.SeedModel;
import dev.onramp.app.provisioning.AwsNames;
import dev.onramp.app.web.InvalidFieldException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the catalog in the database up to date with the bundled {@code catalog/models.json} at
 * every start, before job workers or the web server run.
 *
 * <p>Why a bundled file and not a Flyway migration: the facts about models (regions, inference
 * profiles) change with every AWS launch, and a migration can never be edited once applied, so each
 * update would be a new SQL script of nested inserts. The file is readable data, checked at start
 * and by tests, and a release that updates it updates every installation. What the seeder may
 * overwrite is limited to those facts: governance is the FinOps Leads' decision and is only set for
 * a model the database has not seen yet (the file's sample defaults); afterwards it changes only
 * through {@link ModelCatalog#updateGovernance}. A model that leaves the file stays in the
 * database, since approvals may still name it.
 */
@Component
class CatalogSeeder implements SmartInitializingSingleton {

  static final String RESOURCE = "catalog/models.json";

  private static final Logger LOG = LoggerFactory.getLogger(CatalogSeeder.class);
  private static final String SEEDED_BY = "catalog/models.json";

  private final CatalogModelRepository models;
  private final TransactionTemplate transaction;

  CatalogSeeder(CatalogModelRepository models, PlatformTransactionManager transactionManager) {
    this.models = models;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Override
  public void afterSingletonsInstantiated() {
    CatalogSeedFile file = read();
    int added = synchronize(file);
    LOG.info(
        "Model catalog: {} models from {} (facts as of {}), {} new",
        file.models().size(),
        RESOURCE,
        file.asOf(),
        added);
  }

  /** Reads and checks the bundled file; a broken file stops the start with the reason. */
  static CatalogSeedFile read() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      CatalogSeedFile file =
          JsonMapper.builder()
              .findAndAddModules()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .build()
              .readValue(in, CatalogSeedFile.class);
      check(file);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Inserts new models, refreshes the facts of known ones; returns how many were new. */
  int synchronize(CatalogSeedFile file) {
    return transaction.execute(
        status -> {
          Map<String, CatalogModel> known =
              models.findAllById(file.models().stream().map(SeedModel::modelId).toList()).stream()
                  .collect(Collectors.toMap(CatalogModel::modelId, Function.identity()));
          int added = 0;
          for (SeedModel seed : file.models()) {
            CatalogModel model = known.get(seed.modelId());
            if (model == null) {
              models.save(newModel(seed));
              added++;
            } else {
              applyFacts(model, seed);
            }
          }
          return added;
        });
  }

  /** A model the database has not seen: the file's facts and its sample governance. */
  static CatalogModel newModel(SeedModel seed) {
    CatalogModel model = new CatalogModel(seed.modelId());
    GovernanceUpdate governance = seed.governance();
    model.govern(
        governance.status(),
        Set.copyOf(governance.allowedAccounts()),
        Set.copyOf(governance.allowedRegions()),
        null,
        SEEDED_BY);
    applyFacts(model, seed);
    return model;
  }

  private static void applyFacts(CatalogModel model, SeedModel seed) {
    model.refreshFacts(
        seed.provider(),
        seed.displayName(),
        Set.copyOf(seed.platforms()),
        Set.copyOf(orEmpty(seed.inRegion())),
        routes(seed));
  }

  private static Set<ProfileRoute> routes(SeedModel seed) {
    Set<ProfileRoute> routes = new HashSet<>();
    for (SeedGeographicProfile profile : orEmpty(seed.geographic())) {
      for (String source : profile.sourceRegions()) {
        for (String destination : profile.destinationRegions()) {
          routes.add(
              new ProfileRoute(
                  InferenceProfileType.GEOGRAPHIC, profile.prefix(), source, destination));
        }
      }
    }
    for (String source : orEmpty(seed.globalSourceRegions())) {
      routes.add(new ProfileRoute(InferenceProfileType.GLOBAL, "global", source, source));
    }
    return routes;
  }

  /** Refuses a file the catalog could not serve from, naming the model and what it lacks. */
  static void check(CatalogSeedFile file) {
    if (file.asOf() == null || file.models() == null || file.models().isEmpty()) {
      throw new IllegalStateException(RESOURCE + " needs asOf and a non-empty models list");
    }
    Set<String> ids = new HashSet<>();
    for (SeedModel seed : file.models()) {
      String id = seed.modelId();
      require(id != null && !id.isBlank() && id.length() <= 128, id, "a modelId of 1-128 chars");
      require(ids.add(id), id, "a unique modelId");
      require(notBlank(seed.provider()) && notBlank(seed.displayName()), id, "provider, name");
      checkPlatformsAndRegions(seed);
      checkGeographicProfiles(id, orEmpty(seed.geographic()));
      checkGovernance(id, seed.governance());
    }
  }

  private static void checkPlatformsAndRegions(SeedModel seed) {
    String id = seed.modelId();
    require(
        seed.platforms() != null
            && !seed.platforms().isEmpty()
            && CatalogPlatforms.ALL.containsAll(seed.platforms()),
        id,
        "platforms from " + CatalogPlatforms.ALL);
    boolean claudePlatform = seed.platforms().contains(CatalogPlatforms.CLAUDE_PLATFORM);
    boolean regionless =
        orEmpty(seed.inRegion()).isEmpty()
            && orEmpty(seed.geographic()).isEmpty()
            && orEmpty(seed.globalSourceRegions()).isEmpty();
    require(
        !claudePlatform || (seed.platforms().size() == 1 && regionless),
        id,
        "CLAUDE_PLATFORM alone and no AWS regions (Anthropic's API serves it)");
    require(claudePlatform || !regionless, id, "at least one region where it is served");
    checkRegions(id, orEmpty(seed.inRegion()));
    checkRegions(id, orEmpty(seed.globalSourceRegions()));
  }

  private static void checkGeographicProfiles(String id, List<SeedGeographicProfile> profiles) {
    Set<String> sources = new HashSet<>();
    for (SeedGeographicProfile profile : profiles) {
      require(
          profile.prefix() != null && profile.prefix().matches("[a-z]{2,8}"),
          id,
          "a geography prefix such as us");
      require(
          !orEmpty(profile.sourceRegions()).isEmpty()
              && !orEmpty(profile.destinationRegions()).isEmpty(),
          id,
          "source and destination regions for profile " + profile.prefix());
      checkRegions(id, profile.sourceRegions());
      checkRegions(id, profile.destinationRegions());
      for (String source : profile.sourceRegions()) {
        // One geographic profile per source region, so GEOGRAPHIC names exactly one profile.
        require(sources.add(source), id, "one geographic profile per region, not two in " + source);
      }
    }
  }

  private static void checkGovernance(String id, GovernanceUpdate governance) {
    require(governance != null && governance.status() != null, id, "a governance status");
    checkRegions(id, governance.allowedRegions());
    governance
        .allowedAccounts()
        .forEach(a -> require(a.matches(AwsNames.ACCOUNT_ID), id, "12-digit allowed accounts"));
    try {
      governance.checkConsistent();
    } catch (InvalidFieldException e) {
      throw new IllegalStateException(
          RESOURCE + ": model " + id + ": " + e.field() + " " + e.getMessage(), e);
    }
  }

  private static void checkRegions(String id, List<String> regions) {
    regions.forEach(r -> require(r != null && r.matches(AwsNames.REGION), id, "region codes"));
  }

  private static void require(boolean condition, String modelId, String what) {
    if (!condition) {
      throw new IllegalStateException(RESOURCE + ": model " + modelId + " needs " + what);
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
