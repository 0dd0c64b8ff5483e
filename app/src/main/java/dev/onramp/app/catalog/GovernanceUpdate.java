package dev.onramp.app.catalog;

import dev.onramp.app.provisioning.AwsNames;
import dev.onramp.app.web.InvalidFieldException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A FinOps Lead's governance decision on one model ({@code PUT /api/catalog/models/{modelId}}).
 * Omitted lists mean none.
 */
public record GovernanceUpdate(
    @NotNull GovernanceStatus status,
    List<
            @NotNull
            @Pattern(regexp = AwsNames.ACCOUNT_ID, message = "must be a 12-digit AWS account id")
            String>
        allowedAccounts,
    List<
            @NotNull
            @Pattern(
                regexp = AwsNames.REGION,
                message = "must be an AWS region code such as us-east-1")
            String>
        allowedRegions) {

  public GovernanceUpdate {
    allowedAccounts = allowedAccounts == null ? List.of() : List.copyOf(allowedAccounts);
    allowedRegions = allowedRegions == null ? List.of() : List.copyOf(allowedRegions);
  }

  /**
   * The rules between the fields: only a restriction lists accounts or regions, and a restriction
   * lists at least one (an empty one would block the model under another name).
   */
  void checkConsistent() {
    if (status == GovernanceStatus.RESTRICTED) {
      if (allowedAccounts.isEmpty() && allowedRegions.isEmpty()) {
        throw new InvalidFieldException(
            "allowedAccounts",
            "a RESTRICTED model needs at least one allowed account or allowed region");
      }
      return;
    }
    if (!allowedAccounts.isEmpty()) {
      throw new InvalidFieldException(
          "allowedAccounts", "only a RESTRICTED model has allowed accounts, not " + status);
    }
    if (!allowedRegions.isEmpty()) {
      throw new InvalidFieldException(
          "allowedRegions", "only a RESTRICTED model has allowed regions, not " + status);
    }
  }
}
