package dev.onramp.app.review;

import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.provisioning.Platform;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Every technical governance decision of an approved request, and the FA Confirmed Estimate with
 * the prices, date and source it was computed from.
 */
@Entity
public class Approval {

  @Id private String requestId;

  @Enumerated(EnumType.STRING)
  private Platform platform;

  private String modelId;
  private String accountId;
  private String region;

  @Enumerated(EnumType.STRING)
  private InferenceProfileType inferenceProfileType;

  private String inferenceProfileId;
  private String profileRegions;
  private String roleName;
  private String roleNameKey;
  private String workspaceName;
  private boolean businessCaseAcknowledged;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  private String rationale;
  private BigDecimal faEstimateMonthly;

  @jakarta.persistence.Column(name = "price_input_per_1m")
  private BigDecimal priceInputPer1m;

  @jakarta.persistence.Column(name = "price_output_per_1m")
  private BigDecimal priceOutputPer1m;

  private LocalDate pricingDate;
  private String pricingSource;
  private String approvedBy;
  private Instant approvedAt;

  protected Approval() {}

  Approval(
      String requestId, ApproveForm form, Scope scope, Estimate estimate, String by, Instant at) {
    this.requestId = requestId;
    this.platform = form.platform();
    this.modelId = form.modelId().strip();
    this.accountId = form.accountId();
    this.region = form.region();
    this.inferenceProfileType = form.inferenceProfileType();
    this.inferenceProfileId = scope.profileId();
    this.profileRegions = String.join(",", scope.profileRegions());
    this.roleName = form.roleName();
    this.roleNameKey = form.roleName().toLowerCase(java.util.Locale.ROOT);
    this.workspaceName = form.workspaceName() == null ? null : form.workspaceName().strip();
    this.businessCaseAcknowledged = Boolean.TRUE.equals(form.businessCaseAcknowledged());
    this.priority = form.priority();
    this.rationale = form.rationale().strip();
    this.faEstimateMonthly = estimate.monthlyUsd();
    this.priceInputPer1m = estimate.inputPricePer1M();
    this.priceOutputPer1m = estimate.outputPricePer1M();
    this.pricingDate = estimate.snapshotDate();
    this.pricingSource = estimate.source();
    this.approvedBy = by;
    this.approvedAt = at;
  }

  /** Where the model is invoked: its inference profile (if any) and the regions it routes to. */
  record Scope(String profileId, List<String> profileRegions) {}

  /** The FA Confirmed Estimate as approved. */
  record Estimate(
      BigDecimal monthlyUsd,
      BigDecimal inputPricePer1M,
      BigDecimal outputPricePer1M,
      LocalDate snapshotDate,
      String source) {}

  public String requestId() {
    return requestId;
  }

  public Platform platform() {
    return platform;
  }

  public String modelId() {
    return modelId;
  }

  public String accountId() {
    return accountId;
  }

  public String region() {
    return region;
  }

  public InferenceProfileType inferenceProfileType() {
    return inferenceProfileType;
  }

  public String inferenceProfileId() {
    return inferenceProfileId;
  }

  public List<String> profileRegions() {
    return profileRegions.isEmpty() ? List.of() : Arrays.asList(profileRegions.split(","));
  }

  public String roleName() {
    return roleName;
  }

  public String workspaceName() {
    return workspaceName;
  }

  public boolean businessCaseAcknowledged() {
    return businessCaseAcknowledged;
  }

  public Priority priority() {
    return priority;
  }

  public String rationale() {
    return rationale;
  }

  public BigDecimal faEstimateMonthly() {
    return faEstimateMonthly;
  }

  public BigDecimal priceInputPer1m() {
    return priceInputPer1m;
  }

  public BigDecimal priceOutputPer1m() {
    return priceOutputPer1m;
  }

  public LocalDate pricingDate() {
    return pricingDate;
  }

  public String pricingSource() {
    return pricingSource;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }
}
