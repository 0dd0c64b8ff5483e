package dev.onramp.app.catalog;

import dev.onramp.app.provisioning.AwsNames;
import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model catalog: which models exist, on which platforms and regions, through which inference
 * profiles, and whether FinOps governance lets a given account and region use them.
 *
 * <p>Platforms are passed as the names of {@code provisioning.Platform} constants ({@code
 * platform.name()}).
 */
@Service
public class ModelCatalog {

  private final CatalogModelRepository models;
  private final ApplicationEventPublisher events;

  ModelCatalog(CatalogModelRepository models, ApplicationEventPublisher events) {
    this.models = models;
    this.events = events;
  }

  /**
   * The models offered on {@code platform} (all models when {@code null}), blocked ones included so
   * that a FinOps Lead sees them, ordered by provider and name.
   */
  @Transactional(readOnly = true)
  public List<CatalogEntry> list(String platform) {
    if (platform != null) {
      CatalogPlatforms.requireKnown("platform", platform);
    }
    return models.findAll().stream()
        .map(CatalogModel::toEntry)
        .filter(m -> platform == null || m.platforms().contains(platform))
        .sorted(
            Comparator.comparing(CatalogEntry::provider).thenComparing(CatalogEntry::displayName))
        .toList();
  }

  /** The model, or 404. */
  @Transactional(readOnly = true)
  public CatalogEntry require(String modelId) {
    return models
        .findById(modelId)
        .map(CatalogModel::toEntry)
        .orElseThrow(() -> new NotFoundException("Model", modelId));
  }

  /**
   * Refuses, naming the field to change, an approval that would use {@code modelId} on {@code
   * platform} in {@code accountId} and {@code region} through {@code type}: {@code modelId} when it
   * is unknown, blocked or not offered on the platform; {@code accountId} or {@code region} when a
   * restriction excludes them, {@code region} also when the model is not served there at all;
   * {@code inferenceProfileType} when the model is served in the region, but not that way.
   */
  @Transactional(readOnly = true)
  public void checkUsable(
      String modelId, String platform, String accountId, String region, InferenceProfileType type) {
    CatalogPlatforms.requireKnown("platform", platform);
    requireMatch("accountId", accountId, AwsNames.ACCOUNT_ID, "must be a 12-digit AWS account id");
    requireMatch("region", region, AwsNames.REGION, "must be an AWS region code such as us-east-1");
    if (type == null) {
      throw new InvalidFieldException("inferenceProfileType", "is required");
    }
    CatalogEntry model =
        models
            .findById(modelId == null ? "" : modelId)
            .map(CatalogModel::toEntry)
            .orElseThrow(() -> new InvalidFieldException("modelId", "is not in the model catalog"));
    String name = model.displayName() + " (" + model.modelId() + ")";
    if (model.status() == GovernanceStatus.BLOCKED) {
      throw new InvalidFieldException("modelId", name + " is blocked by FinOps governance");
    }
    if (!model.platforms().contains(platform)) {
      throw new InvalidFieldException(
          "modelId",
          name + " is not offered on " + platform + "; it is on " + join(model.platforms()));
    }
    if (model.status() == GovernanceStatus.RESTRICTED) {
      if (!model.allowedAccounts().isEmpty() && !model.allowedAccounts().contains(accountId)) {
        throw new InvalidFieldException(
            "accountId", name + " is restricted to accounts " + join(model.allowedAccounts()));
      }
      if (!model.allowedRegions().isEmpty() && !model.allowedRegions().contains(region)) {
        throw new InvalidFieldException(
            "region", name + " is restricted to regions " + join(model.allowedRegions()));
      }
    }
    availableProfile(model, region, type);
  }

  /**
   * How a workload in {@code region} invokes {@code modelId} with {@code type}: the profile id to
   * call and the regions the permission policy must cover. Refuses as {@link #checkUsable} does
   * when the model is not served that way there; 404 for an unknown model.
   */
  @Transactional(readOnly = true)
  public InferenceProfile inferenceProfile(
      String modelId, String region, InferenceProfileType type) {
    return availableProfile(require(modelId), region, type);
  }

  /**
   * A FinOps Lead's governance decision; publishes {@link ModelGovernanceChanged}. 404 for an
   * unknown model, 400 naming the field when the fields contradict each other.
   */
  @Transactional
  public CatalogEntry updateGovernance(String modelId, GovernanceUpdate update, String changedBy) {
    update.checkConsistent();
    CatalogModel model =
        models.findById(modelId).orElseThrow(() -> new NotFoundException("Model", modelId));
    GovernanceStatus previous = model.toEntry().status();
    Instant now = Instant.now();
    model.govern(
        update.status(),
        Set.copyOf(update.allowedAccounts()),
        Set.copyOf(update.allowedRegions()),
        now,
        changedBy);
    CatalogEntry entry = models.save(model).toEntry();
    events.publishEvent(
        new ModelGovernanceChanged(
            modelId,
            previous,
            entry.status(),
            entry.allowedAccounts(),
            entry.allowedRegions(),
            changedBy,
            now));
    return entry;
  }

  private static InferenceProfile availableProfile(
      CatalogEntry model, String region, InferenceProfileType type) {
    return model
        .profileIn(region, type)
        .orElseThrow(
            () -> {
              List<InferenceProfileType> available = model.profileTypesIn(region);
              String name = model.displayName() + " (" + model.modelId() + ")";
              if (available.isEmpty()) {
                return new InvalidFieldException(
                    "region",
                    name
                        + " is not served in "
                        + region
                        + "; it is served from "
                        + join(model.servedRegions()));
              }
              return new InvalidFieldException(
                  "inferenceProfileType",
                  name
                      + " has no "
                      + type
                      + " access in "
                      + region
                      + "; available there: "
                      + join(available));
            });
  }

  private static void requireMatch(String field, String value, String regex, String message) {
    if (value == null || !value.matches(regex)) {
      throw new InvalidFieldException(field, message);
    }
  }

  private static String join(List<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
