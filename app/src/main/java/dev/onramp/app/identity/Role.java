package dev.onramp.app.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The persona roles. A person may hold several; separation of duties by instance (never review your
 * own request, …) is the services' job, not the role's.
 */
public enum Role {
  PRODUCT_OWNER("Product Owner", "product-owners"),
  FINOPS_LEAD("FinOps Lead", "finops-leads"),
  CLOUD_ENGINEER("Cloud Engineer", "cloud-engineers");

  private final String displayName;
  private final String candidateGroup;

  Role(String displayName, String candidateGroup) {
    this.displayName = displayName;
    this.candidateGroup = candidateGroup;
  }

  public String displayName() {
    return displayName;
  }

  /** The Camunda candidate group of the user tasks this role works. */
  public String candidateGroup() {
    return candidateGroup;
  }

  /** The Spring Security authority, as {@code hasRole('FINOPS_LEAD')} expects it. */
  public String authority() {
    return "ROLE_" + name();
  }

  /**
   * Reads a role as an identity provider may send it: the constant ({@code FINOPS_LEAD}, any case)
   * or the candidate group ({@code finops-leads}). Anything else is not one of ours.
   */
  public static Optional<Role> fromClaim(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    return Arrays.stream(values())
        .filter(
            role ->
                role.name().equals(trimmed.toUpperCase(Locale.ROOT).replace('-', '_'))
                    || role.candidateGroup.equalsIgnoreCase(trimmed))
        .findFirst();
  }

  /** The role behind a Spring Security authority, if it is one of ours. */
  static Optional<Role> fromAuthority(String authority) {
    return authority != null && authority.startsWith("ROLE_")
        ? Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst()
        : Optional.empty();
  }
}
