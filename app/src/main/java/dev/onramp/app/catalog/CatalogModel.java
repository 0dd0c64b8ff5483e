package dev.onramp.app.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A model of the catalog. Two kinds of state with two owners: the facts (provider, platforms,
 * regions, inference profiles), which {@link CatalogSeeder} refreshes from the bundled file, and
 * the governance (status, allowed accounts and regions), which only FinOps Leads change.
 */
@Entity
@Table(name = "catalog_model")
class CatalogModel {

  @Id
  @Column(name = "model_id")
  private String modelId;

  private String provider;

  @Column(name = "display_name")
  private String displayName;

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "catalog_model_platform", joinColumns = @JoinColumn(name = "model_id"))
  @Column(name = "platform")
  private Set<String> platforms = new HashSet<>();

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "catalog_model_in_region", joinColumns = @JoinColumn(name = "model_id"))
  @Column(name = "region")
  private Set<String> inRegionRegions = new HashSet<>();

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "catalog_model_profile_route",
      joinColumns = @JoinColumn(name = "model_id"))
  private Set<ProfileRoute> profileRoutes = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "governance_status")
  private GovernanceStatus status;

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "catalog_model_allowed_account",
      joinColumns = @JoinColumn(name = "model_id"))
  @Column(name = "account_id")
  private Set<String> allowedAccounts = new HashSet<>();

  @ElementCollection
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(
      name = "catalog_model_allowed_region",
      joinColumns = @JoinColumn(name = "model_id"))
  @Column(name = "region")
  private Set<String> allowedRegions = new HashSet<>();

  @Column(name = "governance_updated_at")
  private Instant governanceUpdatedAt;

  @Column(name = "governance_updated_by")
  private String governanceUpdatedBy;

  protected CatalogModel() {}

  CatalogModel(String modelId) {
    this.modelId = modelId;
  }

  String modelId() {
    return modelId;
  }

  /** Replaces the facts; collections are only rewritten when they changed. */
  void refreshFacts(
      String provider,
      String displayName,
      Set<String> platforms,
      Set<String> inRegionRegions,
      Set<ProfileRoute> profileRoutes) {
    this.provider = provider;
    this.displayName = displayName;
    replace(this.platforms, platforms);
    replace(this.inRegionRegions, inRegionRegions);
    replace(this.profileRoutes, profileRoutes);
  }

  void govern(
      GovernanceStatus status,
      Set<String> allowedAccounts,
      Set<String> allowedRegions,
      Instant at,
      String by) {
    this.status = status;
    replace(this.allowedAccounts, allowedAccounts);
    replace(this.allowedRegions, allowedRegions);
    this.governanceUpdatedAt = at;
    this.governanceUpdatedBy = by;
  }

  CatalogEntry toEntry() {
    return new CatalogEntry(
        modelId,
        provider,
        displayName,
        sorted(platforms),
        status,
        sorted(allowedAccounts),
        sorted(allowedRegions),
        sorted(inRegionRegions),
        geographicProfiles(),
        globalProfile(),
        governanceUpdatedAt,
        governanceUpdatedBy);
  }

  private List<GeographicProfile> geographicProfiles() {
    Map<String, List<ProfileRoute>> byPrefix = new LinkedHashMap<>();
    profileRoutes.stream()
        .filter(r -> r.profileType() == InferenceProfileType.GEOGRAPHIC)
        .sorted(Comparator.comparing(ProfileRoute::prefix))
        .forEach(r -> byPrefix.computeIfAbsent(r.prefix(), p -> new ArrayList<>()).add(r));
    return byPrefix.entrySet().stream()
        .map(
            e ->
                new GeographicProfile(
                    e.getKey(),
                    e.getKey() + "." + modelId,
                    sorted(e.getValue().stream().map(ProfileRoute::sourceRegion).toList()),
                    sorted(e.getValue().stream().map(ProfileRoute::destinationRegion).toList())))
        .toList();
  }

  private GlobalProfile globalProfile() {
    List<ProfileRoute> global =
        profileRoutes.stream().filter(r -> r.profileType() == InferenceProfileType.GLOBAL).toList();
    return global.isEmpty()
        ? null
        : new GlobalProfile(
            global.get(0).prefix() + "." + modelId,
            sorted(global.stream().map(ProfileRoute::sourceRegion).toList()));
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().distinct().sorted().toList();
  }

  private static <T> void replace(Set<T> current, Set<T> wanted) {
    if (!current.equals(wanted)) {
      current.clear();
      current.addAll(wanted);
    }
  }
}
